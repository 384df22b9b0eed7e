import { NewsdiffError } from "../../errors.js";
import type { RawArticle } from "../../model.js";
import type { PageInput } from "./extract.js";
import { pageModule } from "./module.js";

export type { PageInput } from "./extract.js";
export { isWebPage } from "./detect.js";

/** Reads a web page as an article (the loader loaded on first use); a NewsdiffError when it holds none. */
export async function loadPage(input: PageInput): Promise<RawArticle> {
  const result = (await pageModule()).loadPage(input);
  if ("failure" in result) throw new NewsdiffError(result.failure, input.path, result.code);
  return result;
}
