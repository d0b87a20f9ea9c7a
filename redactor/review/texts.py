"""Dutch texts the reviewer reads: labels, actions, grounds, default reasons."""
from __future__ import annotations

# Woo grounds as Dutch decisions write them (see POLICY.md), with what they cover.
GROUNDS: dict[str, str] = {
    "5.1.2e": "eerbiediging van de persoonlijke levenssfeer",
    "5.1.1e": "identificatienummers",
    "5.1.1d": "bijzondere persoonsgegevens",
    "5.1.1c": "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
    "5.1.2a": "internationale betrekkingen",
    "5.1.2i": "goed functioneren van de Staat",
    "5.2.1": "persoonlijke beleidsopvattingen",
}
DEFAULT_GROUND = "5.1.2e"

LABELS: dict[str, str] = {
    "PERSON": "Persoon", "INITIALS": "Initialen/paraaf", "EMAIL": "E-mailadres", "PHONE": "Telefoonnummer",
    "ADDRESS": "Adres", "POSTCODE": "Postcode", "BSN": "BSN", "IBAN": "IBAN", "DOB": "Geboortedatum",
    "PLATE": "Kenteken", "ID_NUMBER": "Identificatienummer", "SIGNATURE": "Handtekening",
    "SPECIAL": "Bijzonder persoonsgegeven", "TERM": "Zoekterm", "ORG": "Organisatie", "LOC": "Locatie",
    "OTHER": "Overig",
}
# labels a reviewer can give a manual redaction
MANUAL_LABELS = ("OTHER", "PERSON", "EMAIL", "PHONE", "ADDRESS", "BSN", "IBAN", "SIGNATURE", "SPECIAL")

ACTIONS: dict[str, str] = {
    "redact": "Lakken",
    "keep": "Laten staan",
    "review": "Te beoordelen (gelakt)",
    "retired": "Vervallen",
}

REASON_ACCEPT = "Bevestigd door de beoordelaar"
REASON_REJECT = "Afgewezen door de beoordelaar: geen gegeven dat gelakt moet worden"
REASON_GROUND = "Grond gewijzigd door de beoordelaar"
REASON_MANUAL = "Handmatig gelakt door de beoordelaar"
REASON_PERSON_REDACT = "Persoon overal gelakt door de beoordelaar"


def actor_name(actor: str) -> str:
    """'reviewer:jan' → 'beoordelaar jan'; 'list:terms' → 'lijst terms'."""
    kind, _, name = actor.partition(":")
    nl = {"reviewer": "beoordelaar", "rule": "regel", "list": "lijst", "model": "model", "run": "run"}.get(kind, kind)
    return f"{nl} {name}".strip()


def ground_title(g: str) -> str:
    return f"{g} ({GROUNDS[g]})" if g in GROUNDS else g
