/**
 * The single wink-nlp instance. Loading the English model costs a few hundred milliseconds, so it
 * happens once, on first use, and every analysis shares it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

export function nlp(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
