"""Two scans: a typed shift report of the handhaving team (Courier, grey scan) and an attendance list of an
information evening (LibreOffice table, bilevel copier scan)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def dagrapport_handhaving_scan():
    body = [
        P("GEMEENTE ZAANSTAD - TEAM TOEZICHT EN HANDHAVING OPENBARE RUIMTE", "mono", size=10),
        P("DAGRAPPORT   dienst 14:00-22:30   datum [[15-03-2025|dt]]   rapportnr [[DR-2025-0312|ken]]", "mono",
          size=9.5),
        HR(),
        P("Eenheid   : Noord 2 (fiets + auto 07)\n"
          "BOA 1     : [[4821|O]]  [[Sander Kwakman|P]]\n"
          "BOA 2     : [[4796|O]]  [[Lieke Mulder|P]]\n"
          "Meldkamer : via [[14 075|gn]] / intern portofoonkanaal 3", "mono", size=9.5),
        HR(),
        P("14:25  Melding via 14 075: auto op gehandicaptenparkeerplaats Rosmolenstraat. Kenteken [[ZX-118-K|L]],\n"
          "       geen kaart zichtbaar. Bestuurder niet ter plaatse. Bekeuring uitgeschreven (boa [[4821|O]]).", "mono",
          size=9.5),
        P("15:40  Controle hondenlosloopverbod Darwinpark. Staande gehouden: [[Jordy Kromhout|P]],\n"
          "       geb. [[12-08-1997|D]], wonende [[Ruysdaelstraat 41|A]], [[1503 BR|Z]] Zaandam. Legitimatie:\n"
          "       rijbewijs nr. [[5581923407|O]]. Hond niet aangelijnd. Mondelinge waarschuwing, geregistreerd.", "mono",
          size=9.5),
        P("17:05  Overlast jongeren bij winkelcentrum Pelmolen (groep van ca. 6). Twee bekenden: '[[Momo|P]]'\n"
          "       (vermoedelijk [[Mohamed Boukhrisse|P]]) en [[Dylan|P]]. Samen met wijkagent [[Brand|P]]\n"
          "       aangesproken, groep vertrokken. [[Brand|P]] maakt mutatie in BVH.", "mono", size=9.5),
        P("19:30  Afvaldumping Guisweg/hoek Oostzijde: 4 vuilniszakken naast container. In zak envelop\n"
          "       t.n.v. [[E.R. Lieuw-Amatsaleh|P]], [[Oostzijde 388|A]]. Foto's gemaakt, rapport van\n"
          "       bevinding opgemaakt, boete volgt via CJIB. Mevr. [[Lieuw-Amatsaleh|P]] niet thuis getroffen.", "mono",
          size=9.5),
        P("21:10  Melding rookontwikkeling bij ondergrondse container Peperstraat. Ter plaatse: geen\n"
          "       [[brand|w]], smeulende as. Geen hulpdiensten nodig. Melder: buurman, [[06 1954 3308|T]].", "mono",
          size=9.5),
        P("22:20  Einde dienst. Auto 07 getankt, sleutels ingeleverd.", "mono", size=9.5),
        HR(),
        P("Bijzonderheden : handhaving in Darwinpark op last van burgemeester [[Wilma Bruinink|oth]]\n"
          "                 (aanwijzingsbesluit [[2024/118|ken]]).\n"
          "Opgemaakt door  : boa [[4821|O]], [[S. Kwakman|P]]\n"
          "Gezien          : teamleider, paraaf [[HJ|I]]   datum [[17-03-2025|dt]]", "mono", size=9.5),
    ]
    return Doc("dagrapport_handhaving_scan.pdf", "verslag", "scan", None,
               "Scan 2025-03-17", "2025-03-17", body, font="Courier", size=9.5,
               opts={"margins": (16, 14, 20, 20)},
               scan={"via": "rl-std", "mode": "gray", "seed": 4104, "rot": [0.5], "noise": 6, "quality": 62,
                     "shade": 10, "specks": 0.0003},
               note="getypt dagrapport van boa’s (Courier), grijze scan: boa-nummers van vier cijfers (OTHER), staande gehouden "
                    "persoon met geboortedatum, adres en rijbewijsnummer, bijnaam ‘Momo’, wijkagent Brand naast "
                    "‘geen brand’, afvaldumper met Surinaamse dubbele naam, melder met 06-nummer, burgemeester (houden)")


def presentielijst_scan():
    rows = [
        ["Nr.", "Naam", "Adres / namens", "E-mail of telefoon (voor het verslag)", "Paraaf"],
        ["1", "[[Gerda Smeenk-Oolbekkink|P]]", "[[Esweg 12|A]], Haarle", "[[gerda.smeenk@hetnet.nl|E]]", "[[GS|I]]"],
        ["2", "[[Anjo Rikkerink|P]]", "namens\n[[Dorpsbelang Haarle|org]]", "[[info@dorpsbelanghaarle.nl|mb]]", "✓"],
        ["3", "[[Mustafa Gündoğdu|P]]", "[[Holterweg 3b|A]], Haarle", "[[m.gundogdu@ziggo.nl|E]]", "✓"],
        ["4", "[[Ellen Oosterveld|oth]]", "raadslid (CDA)", "–", "✓"],
        ["5", "[[Sjoukje Ypma|P]]", "[[Kerkweg 2|A]], Haarle", "[[06 3356 1209|T]]", "✓"],
        ["6", "fam. [[Ten Dam|P]]", "[[Esweg 14|A]], Haarle", "–", "✓"],
        ["7", "[[Wim|P]] en\n[[Joke Oude Geerdink|P]]", "[[Haarlerweg 51|A]], Nijverdal", "[[wjoudegeerdink@kpnmail.nl|E]]",
         "✓ ✓"],
        ["8", "[[Piotr Kamiński|P]]", "[[Dorpsstraat 27|A]], Haarle", "[[0548 59 21 84|T]]", "✓"],
        ["9", "[[Hester Wiggers|P]]", "gemeente Hellendoorn (projectleider)", "–", "✓"],
        ["10", "[[Thijs Voortman|P]]", "namens\n[[Het Grote Veld B.V.|org]]", "–", "✓"],
    ]
    body = [
        P("Gemeente Hellendoorn", size=11),
        P("Presentielijst informatieavond zonnepark Het Grote Veld", "h1"),
        P("Dorpshuis De Iemenhof, Haarle · donderdag [[20 maart 2025|dt]], 19.30 uur"),
        Tbl(rows, [0.06, 0.3, 0.26, 0.3, 0.08], size=9.5),
        P("Wij gebruiken uw gegevens alleen om u het verslag van deze avond te sturen. Daarna wordt deze lijst "
          "vernietigd. Vragen: [[14 0548|gn]] of [[zonnepark@hellendoorn.nl|mb]].", "small"),
        P("Lijst bijgehouden door [[HW|I]]; verslag volgt uiterlijk [[3 april 2025|dt]].", "small"),
    ]
    return Doc("presentielijst_informatieavond_zonnepark_scan.pdf", "formulier", "scan", None,
               "Scan presentielijst", "2025-03-21", body, font="Liberation Sans", size=10,
               opts={"margins": (20, 18, 22, 20)},
               scan={"via": "lo", "mode": "bilevel", "seed": 5120, "rot": [-0.7], "noise": 6, "threshold": 170,
                     "shade": 6, "streak": True},
               note="presentielijst (tabel) van een informatieavond, bilevel scan met kopieerstreep: bewoners met "
                    "adres en e-mail of telefoon, ‘fam. Ten Dam’, twee personen in één cel, raadslid (houden), "
                    "dorpsbelang en B.V. (houden), paraaf GS in een cel, projectleider met initialen")


def docs():
    return [dagrapport_handhaving_scan(), presentielijst_scan()]
