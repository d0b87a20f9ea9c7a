"""Smoke-level quality on project-written documents: every personal item is redacted, every
keep item stays. (The scored corpus is measured outside the test suite.)"""
from redactor.detect.textdoc import document_from_text

NOTA = """Ministerie van Infrastructuur en Waterstaat
Nota
Aan\tde minister van Infrastructuur en Waterstaat
Van\tDirectie Water en Bodem
Contactpersoon\tdrs. Henrieke van 't Riet
T 06 4455 6677
h.vantriet@minienw.nl
Datum\t4 april 2024
Kenmerk\tIENW/BSK-2024/88123
Aanleiding
Het lid Zwanenburg-Ait Taleb (GL-PvdA) heeft vragen gesteld over de Lekdijk bij Vianen. Van 't Riet
heeft met Rijkswaterstaat en met Koos Blankenstijn van het waterschap gesproken. Blankenstijn
bevestigt dat de planning haalbaar is. Vragen van bewoners kunnen naar 0800-8002.
De studie van Terpstra en Oudemans (TU Delft, 2021) onderbouwt de keuze. Minister Harmsen-Duijn
heeft eerder toegezegd de Kamer te informeren; haar woordvoerder is bereikbaar via pers@minienw.nl.
Parafen
Opsteller\tHenrieke van 't Riet\tHvtR 4-4-2024
"""

EMAIL = """Van:\tDekkers-Oomen, Anja <a.dekkersoomen@almere.nl>
Verzonden:\tdinsdag 7 mei 2024 09:14
Aan:\tStoker, Ruben; Team Handhaving Almere <handhaving@almere.nl>
Onderwerp:\tRE: klacht over overlast

Hoi Ruben,
Mevrouw Çakır belde opnieuw over de buren op de Meerkoetlaan 17. Zij woont zelf op Meerkoetlaan 15,
1357 GH Almere, en is bereikbaar op 06-23344556. De auto van de buren (kenteken 45-JKL-7) staat
nog steeds op de stoep. Kun jij met Ruud Groen langsgaan? Groen weet waar het is.
Groet,
Anja
Anja Dekkers-Oomen
Klantcontactcentrum | Gemeente Almere
Telefoon 14 036
"""

VERSLAG = """Verslag stuurgroep Binnenstad
Datum\t14 mei 2024
Voorzitter\twethouder Frits Lagerwey
Aanwezig: Frits Lagerwey (gemeente), Sanna Bouhali (provincie), Teun van der Ven (ondernemersvereniging)
1. Opening
Wethouder Lagerwey opent. Bouhali licht de subsidieregeling toe; Van der Ven vraagt naar de termijn.
Actielijst
Nr.\tActie\tWie
1\tNotitie subsidieregeling\tSB
2\tGesprek ondernemers\tTvdV
"""

CASES = [
    (NOTA, ["Henrieke van 't Riet", "06 4455 6677", "h.vantriet@minienw.nl", "Van 't Riet", "Koos Blankenstijn",
            "Blankenstijn", "HvtR"],
     ["Zwanenburg-Ait Taleb", "Terpstra", "Oudemans", "Harmsen-Duijn", "0800-8002", "pers@minienw.nl",
      "Directie Water en Bodem", "IENW/BSK-2024/88123", "4 april 2024"]),
    (EMAIL, ["Dekkers-Oomen, Anja", "a.dekkersoomen@almere.nl", "Stoker, Ruben", "Ruben", "Çakır", "Meerkoetlaan 15",
             "1357 GH", "06-23344556", "45-JKL-7", "Ruud Groen", "Groen", "Anja", "Anja Dekkers-Oomen"],
     ["handhaving@almere.nl", "Team Handhaving Almere", "14 036", "Gemeente Almere"]),
    (VERSLAG, ["Sanna Bouhali", "Teun van der Ven", "Bouhali", "Van der Ven", "SB", "TvdV"],
     ["Frits Lagerwey", "Lagerwey", "14 mei 2024"]),
]


def _redacted_text(text, detector, policy):
    doc = document_from_text(text)
    fs = detector.detect(doc)
    fs = detector.propagate(doc, fs, detector.persons(fs))
    chars = list(doc.text)
    for d in policy.decide(doc, fs):
        if d.redacts:
            for i in range(d.finding.start, d.finding.end):
                if not chars[i].isspace():
                    chars[i] = "#"
    return "".join(chars)


def _present(s, text):
    import re
    return re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, s.split())) + r"(?!\w)", text) is not None


def test_project_documents(detector, policy):
    leaks, lost = [], []
    for text, redact, keep in CASES:
        out = _redacted_text(text, detector, policy)
        for s in redact:
            assert _present(s, text), s
            if _present(s, out):
                leaks.append(s)
        for s in keep:
            assert _present(s, text), s
            if not _present(s, out):
                lost.append(s)
    assert not leaks and not lost, (leaks, lost)
