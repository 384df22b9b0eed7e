import { describe, expect, it } from "vitest";
import { FURNITURE_PARAGRAPH, mayHoldFurniture, textFurniture } from "../../src/text/furniture.js";

describe("textFurniture", () => {
  it.each([
    ["Advertisement", "advertisement"],
    ["Story continues below", "advertisement"],
    ["Anzeige", "advertisement"],
    ["Updated 2 hours ago", "published"],
    ["vor 3 Stunden", "published"],
    ["Read more: Port fees rise across Europe", "read-more"],
    ["Related: Halden's new terminal opens", "read-more"],
    ["© 2026 Reuters. All rights reserved.", "credits"],
    ["Photo: Jane Doe, AP", "credits"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "credits"],
    ["Acquire Licensing Rights", "credits"],
    ["Image source, Getty Images", "credits"],
    ["WATCH: How the strike unfolded", "read-more"],
    ["LISTEN: The port podcast", "read-more"],
    ["MORE: Port fees rise across Europe", "read-more"],
    // "Read also" in the languages of the news, with the linked headline or alone (Mozilla
    // Readability's lemonde-1 page holds "Lire aussi : …"; a Zyte benchmark page "Leggi anche").
    ["Lesen Sie auch: Hafen von Halden öffnet wieder", "read-more"],
    ["Lire aussi | Le port de Halden rouvre", "read-more"],
    ["À lire aussi : Le port rouvre", "read-more"],
    ["Lea también: El puerto reabre", "read-more"],
    ["Leggi anche", "read-more"],
    ["Leia também: Porto reabre", "read-more"],
    ["Lees ook: Haven heropend", "read-more"],
    ["Läs också: Hamnen öppnar", "read-more"],
    ["Czytaj też: Port otwarty", "read-more"],
    ["Mehr zum Thema", "read-more"],
    // A news site's tool bar, rails and sponsor line, copied with the story.
    ["SKIP ADVERTISEMENT", "advertisement"],
    ["Supported by", "advertisement"],
    ["Listen to this article · 5:12 min Learn more", "share"],
    ["Share full article", "share"],
    ["Gift this article", "share"],
    ["Copy link", "share"],
    ["Print", "share"],
    ["Reuse this content", "share"],
    ["Most viewed", "read-more"],
    ["Editor’s picks", "read-more"],
    ["Associated Press writer Jane Doe in Oslo contributed to this report.", "credits"],
    ["John Roe contributed reporting from Halden.", "credits"],
    ["(Avec AFP)", "credits"],
    ["(sda/dpa)", "credits"],
    ["Con información de EFE.", "credits"],
    ["mit Material von dpa und AFP", "credits"],
    ["(Rédigé par Jean Dupont, édité par Marie Martin)", "credits"],
    ["(Bericht von Hans Müller; redigiert von Anna Schmidt)", "credits"],
    ["(Reportagem de Maria Silva)", "credits"],
    ["Sign up for our daily briefing newsletter here.", "newsletter"],
    ["Subscribe", "newsletter"],
    ["Sign up here.", "newsletter"],
    ["Click here to subscribe to our newsletter.", "newsletter"],
    ["Updated 3:45 p.m. ET", "published"],
    ["Published: Jan. 5, 2025 at 10:12 AM EST", "published"],
    ["Last modified 2025-03-04", "published"],
    ["Updated on 4 March 2025, 09:15 GMT", "published"],
    ["Related Coverage", "read-more"],
    ["Read more", "read-more"],
    ["Share this article", "share"],
    ["Share on Facebook", "share"],
    ["Follow us on X @halden", "share"],
    ["Follow us on Facebook, Instagram and TikTok", "share"],
    ["Related Topics", "read-more"],
    ["Explore more on these topics", "read-more"],
    ["More on this story", "read-more"],
    ["Follow AP's coverage of the strike at https://apnews.com/hub/strikes", "read-more"],
    ["See more AP coverage at https://apnews.com/hub/strikes", "read-more"],
    ["Find our full coverage of the election here.", "read-more"],
    ["Register now for FREE unlimited access to Reuters.com", "newsletter"],
    ["Register now for FREE unlimited access to Reuters.com Register", "newsletter"],
    ["Register", "newsletter"],
    ["Register for a free account to continue reading.", "newsletter"],
    ["The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.", "newsletter"],
    ["Get the morning briefing in your inbox. Subscribe for free.", "newsletter"],
    // A date line standing alone, renewed with each update.
    ["March 3, 2026 10:12 AM ET", "published"],
    ["Updated 10:12 AM EST, Tue March 3, 2026", "published"],
    ["Published March 3, 2026 at 10:12 a.m. ET | Updated 2 hours ago", "published"],
    ["3 March 2026 · 10:12", "published"],
    ["10:12 AM ET", "published"],
    ["Mon 3 Mar 2026 10.12 GMT", "published"],
    ["Stand: 03.03.2026 10:12 Uhr", "published"],
    ["Veröffentlicht am 03.03.2026 um 10:12 Uhr", "published"],
    ["Publié le 3 mars 2026 à 10h12", "published"],
    ["Publicado el 3 mar 2026, 10:12", "published"],
    ["Gepubliceerd op 3 maart 2026 om 10:12", "published"],
    ["Uppdaterad tisdag den 3 mars 2026 kl. 12.40", "published"],
    ["Publiceret 3. marts 2026 kl. 10.12", "published"],
    ["Mar 3, 2026 · 5 min read", "published"],
    ["First published February 1, 2016: 1:28 AM ET", "published"],
    ["5 min read", "published"],
    ["Reading time: 4 minutes", "published"],
    // An archive's export (Factiva, LexisNexis): its length, dates and document number.
    ["823 words", "published"],
    ["Length: 1,203 words", "published"],
    ["Load-Date: March 4, 2026", "published"],
    ["Document LBA0000020260303ek330001", "published"],
    // A block pasted from a page, a line each, all of one kind; a credit wrapped over two lines.
    ["June 2, 2026 9:05 AM GMT\n3 min read\n312 words", "published"],
    ["Share this article\nShare on Facebook", "share"],
    ["Photo: Jane Doe,\nAP", "credits"],
    // What stands for a post or video kept from loading, and its consent prompt (the BBC's, a generic one).
    ["Skip twitter post by Jane Doe", "consent"],
    ["Allow Twitter content?", "consent"],
    [
      "This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read Twitter’s cookie policy, external and privacy policy, external before accepting. To view this content choose ‘accept and continue’.",
      "consent",
    ],
    ["Accept and continue", "consent"],
    ["End of twitter post by Jane Doe", "consent"],
    ["The BBC is not responsible for the content of external sites.", "consent"],
    ["This content is not available due to your privacy preferences. Update your settings here to see it.", "consent"],
    // The Guardian's marks around a newsletter's promotion.
    ["Skip past newsletter promotion", "newsletter"],
    ["after newsletter promotion", "newsletter"],
    // A story republished from another publication.
    ["This article was originally published on The Conversation. Read the original article.", "credits"],
    ["This article is republished from The Conversation under a Creative Commons license. Read the original article.", "credits"],
    ["This story was first published by ProPublica.", "credits"],
    ["This article originally appeared on The Atlantic.", "credits"],
    // A copyright line with its year, short of prose.
    ["Copyright 2026 The Associated Press. All Rights Reserved.", "credits"],
    ["Copyright © 2019 Press TV. All rights reserved.", "credits"],
  ])("%s is %s", (text, furniture) => {
    expect(textFurniture(text)).toBe(furniture);
  });

  it.each([
    // A story's sentences that start as furniture does.
    "Sign up for a Hulu ad-free account for $11.99 a month, the company said.",
    "Read more: the authority said its fees would rise.",
    "© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.",
    "Advertisement revenue fell 3% in the quarter.",
    "Updated figures showed output rose 2 hours ago.",
    "Updated 12 times since March, the rules still fail.",
    "Published in 2019, the report found fees rose.",
    "Share prices fell 3% on Monday.",
    "Follow the money, investigators said.",
    "Related companies were fined.",
    "Avec AFP, le gouvernement a dit que tout allait bien.",
    "(AP Photo/John Doe)",
    "AFP said the talks had failed.",
    "The council said residents contributed to this report. The mayor thanked them.",
    "Register to vote by Friday, officials said.",
    "Registered voters rose 3% this year.",
    "Follow the coverage closely, the minister told reporters.",
    "Read the full coverage here, he wrote.",
    "Find more stories like this one at the library, she said.",
    "The company launched a newsletter last year, urging readers to sign up.",
    "Readers of the newsletter were told to subscribe.",
    "On Monday, March 4, 2024.",
    "March 2026 was the warmest month.",
    // A table's header row: years alone are no date.
    "1986 1985",
    "2026",
    // A release table's row (Mozilla Readability's lwn-1 page): a version number is no date's figure.
    "4.2.3\tApril 2014",
    "4.2.7/4.3.3\tOctober 2014",
    "Date: Monday",
    "Watch: the minister said the port would reopen.",
    "More than 100 people marched.",
    "Supported by the Halden Trust, the port reopened.",
    "Save the date: the port reopens in May.",
    "Print runs fell 5%.",
    "Listen to the minister, he said.",
    "Trending stocks rose 5%.",
    "Lesen Sie auch, was der Minister sagte.",
    "Saiba mais sobre o caso no site oficial.",
    "Lire aussi : le port a rouvert vendredi.",
    // Lines of two kinds, and wrapped prose with a line that alone would be a stamp.
    "3 min read\nShare this article",
    "The plan, the mayor said, was\nupdated 2 hours ago",
    "823 words were cut from the report.",
    "Length of the strike: 3 weeks",
    "Document 12 was leaked",
    "This story was the first published account of the crash, and it shocked readers.",
    "This article contains content that some readers may find distressing.",
    "Skip the queue: the port opened a second gate.",
    "Copyright law was changed in 2019, the minister said.",
    "Allow time for the ferry, officials said.",
    "This content is not available to me, the minister said, declining to comment.",
    // Longer than a label or prompt.
    `Source: ${"the authority's annual report ".repeat(6)}`.slice(0, FURNITURE_PARAGRAPH + 1),
  ])("%s is none", (text) => {
    expect(textFurniture(text)).toBeNull();
  });
});

describe("mayHoldFurniture", () => {
  it("finds a paragraph that may be furniture among others, and rules out a story with none", () => {
    expect(mayHoldFurniture(["The port reopened.", "  Advertisement", "Fees rose."])).toBe(true);
    expect(mayHoldFurniture(["The port reopened.", "Updated 2 hours ago"])).toBe(true);
    expect(mayHoldFurniture(["Shr 10 cts vs 20 cts", "The port reopened 2 years ago, officials said.", "Public criticism is rare."])).toBe(false);
    // A newsletter's pitch opens as a story's sentence does; its closing call is what shows.
    expect(mayHoldFurniture(["The port reopened.", "The Halden Briefing newsletter brings you the port's news. Sign up here."])).toBe(true);
    expect(mayHoldFurniture(["The port reopened.", "Residents were asked to sign up to the plan, officials said."])).toBe(false);
    expect(mayHoldFurniture(["The port reopened.", "Mar 3, 2026 10:12 AM ET"])).toBe(true);
  });
});
