"""Tokenizer adjustments for document text, applied once when a pipeline is initialised.

spaCy serialises the tokenizer's affix rules with the pipeline, so a trained model carries
these rules and loads without this module.

- "Fleur's", "Anna’s": the possessive "'s" becomes its own token, so the name alone can be
  an entity (and its box drawn without the "'s").
- "BZK/DGOO", "J.Jansen/BZK": a slash between letters splits.
- "@Thijs" (Teams mention): "@" splits off.
"""
from __future__ import annotations

import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

EXTRA_SUFFIXES = [r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ])['’]s$", r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ]s)['’]$"]
EXTRA_INFIXES = [r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ])/(?=[A-Za-zÀ-ÖØ-öø-ÿ])"]
EXTRA_PREFIXES = [r"@(?=[A-Za-zÀ-ÖØ-öø-ÿ])"]


def customize_tokenizer(nlp: spacy.Language) -> spacy.Language:
    tok = nlp.tokenizer
    if getattr(tok, "_redactor_custom", False):
        return nlp
    suffixes = EXTRA_SUFFIXES + list(nlp.Defaults.suffixes or [])
    infixes = list(nlp.Defaults.infixes or []) + EXTRA_INFIXES
    prefixes = EXTRA_PREFIXES + list(nlp.Defaults.prefixes or [])
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.prefix_search = compile_prefix_regex(prefixes).search
    # special cases that would swallow the split forms
    return nlp


@spacy.registry.callbacks("redactor.customize_tokenizer.v1")
def make_customize_tokenizer():
    def before_init(nlp):
        customize_tokenizer(nlp)
        return nlp
    return before_init


def blank_nlp() -> spacy.Language:
    return customize_tokenizer(spacy.blank("nl"))
