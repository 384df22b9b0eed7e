// The commonest function words of the languages franc's trigrams confuse among themselves, by its
// ISO 639-3 codes: articles, conjunctions, prepositions, pronouns and the forms of "be" and "have"
// that news copy writes in every sentence. A sentence or two holds too few trigrams to tell German
// from Norwegian or Spanish from Portuguese ("Der Umsatz stieg im dritten Quartal." read as
// Norwegian), and nearly always one of these. A word several languages write counts for each as a
// share ("det" a third in Danish, Norwegian and Swedish), and so tells little between them.

const WORDS: Readonly<Record<string, string>> = {
  deu: "der die das den dem des und ist sind nicht ein eine einen einem einer mit auf für von im zum zur sich auch wurde wurden wird werden sagte nach bei aus hat haben noch über am vom zu um es",
  nld: "de het een en van is zijn niet op met voor dat die ook werd wordt worden naar bij aan uit heeft hebben zei maar nog door om te",
  swe: "och att är inte av till för som det en ett på med har var sade sa efter också under från om kommer skulle vid den de",
  dan: "og at er ikke af til for som det en et på med har var sagde efter også under fra om vil skal ved den de",
  nob: "og at er ikke av til for som det en et på med har var sa etter også under fra om vil skal ved den de",
  fin: "ja on ei että se oli ovat myös kun mutta joka tai sen hän kanssa mukaan vuonna jälkeen ole",
  ekk: "ja on ei et see oli ka kui aga mis või oma pärast",
  spa: "el la los las de del y a en que es son por con para una un se al lo como más pero fue fueron sus su no sin sobre entre hasta desde",
  por: "o a os as de do da dos das e em no na nos nas que é são por com para uma um se ao como mais mas foi foram seus sua não sem sobre entre até desde pelo pela",
  ita: "il la lo gli le di del della dei e in che è sono per con una un si al come più ma non nel nella alla ha da dal dalla tra fra su",
  fra: "le la les de des du et en que est sont pour avec une un se au aux dans sur par entre sans pas ne qui a ont été il elle",
  ron: "și în de la cu pe nu este sunt a fost care pentru mai din o un au fi",
  pol: "i w na z że się nie do to jest są o jak po od za przez oraz który która już został została",
  ces: "a v na se je že s z to do o jako by byl byla bylo které který jsou také podle při",
  slk: "a v na sa je že s z to do o ako by bol bola bolo ktoré ktorý sú tiež podľa pri",
  hrv: "i u na je da se za od s o su bio bila koji koja kao što ali nije",
  bos: "i u na je da se za od s o su bio bila koji koja kao što ali nije",
  srp: "i u na je da se za od s o su bio bila koji koja kao što ali nije и у на је да се за од су био била који која као што али није",
  slv: "in v na je da se za od s o so bil bila ki kot tudi ni pa",
  hun: "a az és hogy nem is egy van volt meg de csak mint már el",
  lit: "ir yra kad ne į su iš tai buvo bet kaip o",
  lvs: "un ir ka ne uz ar no tas bija bet kā arī",
  tur: "ve bir bu da de için ile olarak çok daha gibi en ancak olan değil",
  azj: "və bir bu da də üçün ilə olaraq çox daha kimi ən ancaq olan deyil",
  ind: "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga adalah oleh telah per",
  zlm: "yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga adalah oleh telah per",
  tgl: "ang ng mga sa na at ay si ni para kay hindi",
  rus: "и в во на что не с со по это как он она из за к от до у о об при после для был была были также его их но а же бы ли",
  ukr: "і в у на що не з по це як він вона із за до від для при після був була були також його їх та але а чи",
  bel: "і ў на што не з па гэта як ён яна за да ад для быў была былі таксама яго іх",
  bul: "и в във на че не с със по това като той тя от за до при след е са беше бяха също но а ли",
  mkd: "и во на дека не со по ова како тој таа од за до е се беше беа исто",
};

/** Each language's function words with their weights: 1 shared by as many languages as list the word ("la" is a third of a word in Spanish, Italian and French). */
let weights: Map<string, Map<string, number>> | undefined;
/** Every function word of any language, for the most a sample's words can give any language. */
let anyLanguage: Set<string> | undefined;

function build(): Map<string, Map<string, number>> {
  const languages = new Map<string, number>();
  for (const list of Object.values(WORDS)) for (const word of new Set(list.split(" "))) languages.set(word, (languages.get(word) ?? 0) + 1);
  weights = new Map();
  for (const [code, list] of Object.entries(WORDS)) weights.set(code, new Map([...new Set(list.split(" "))].map((word) => [word, 1 / languages.get(word)!])));
  anyLanguage = new Set(languages.keys());
  return weights;
}

/** The function words of the language by franc's code with their weights (see weights), or undefined for a language not listed. */
export function functionWordWeights(code: string): ReadonlyMap<string, number> | undefined {
  return (weights ?? build()).get(code);
}

/** Whether a word is a function word of any language listed. */
export function isAnyFunctionWord(word: string): boolean {
  if (anyLanguage === undefined) build();
  return anyLanguage!.has(word);
}
