"""Sentence frames with slots, written for this project (EUPL-1.2).

Slots: {A} {B} {C} people of the document's cast (optionally with a form: {A:sur},
{A:first}, {A:full}, {A:init}, {A:title}, {A:academic}, {A:poss}); {OH} an office holder
with role ("minister Van Dijk"), {OH:name} an office holder's name after a role word written in
the frame; organisations {ORG} {MIN} {AGENCY} {COMPANY} {FOUND} {GEM} {PROV} {PARTY}
{UNI} {DIR} {DIRABBR} {NAMED}; places {CITY} {COUNTRY} {REGION} {STREET}; O-material
{TOPIC} {SUBJ} {FUNC} {DATE} {DAY} {TIME} {NUM} {KENMERK} {PHONE} {EMAIL} {MAILBOX}
{WORDNAME} {MONTH} {YEAR} {ROLE} {LAW}.

Each register is a list of frames; one frame per line. A deterministic share of frames is
held out for evaluation (see generate.frames_for).
"""

MEMO = """
{A} heeft aangegeven dat {TOPIC} meer tijd vraagt dan voorzien.
Op {DATE} heeft {A:title} van {ORG} contact opgenomen over {TOPIC}.
In overleg met {A:full} ({DIRABBR}) is besloten de planning aan te passen.
U wordt geadviseerd in te stemmen met het voorstel van {A:sur}.
{A:title} verzoekt u uiterlijk {DATE} een besluit te nemen over {TOPIC}.
Deze nota is afgestemd met {A:full} en {B:full} van {DIR}.
De directeur van {AGENCY}, {A:full}, heeft laten weten geen bezwaar te hebben.
Namens {ORG} heeft {A:full} een reactie gestuurd op het conceptbesluit.
Over {TOPIC} is op {DATE} gesproken met {A:title} en {B:title}.
{A:sur} en {B:sur} hebben het advies voorbereid.
Het ambtelijk advies is opgesteld door {A:init} ({FUNC}).
{A:title} ({ORG}) heeft toegezegd de gegevens voor {DATE} aan te leveren.
Met {COMPANY} is afgesproken dat {A:full} het aanspreekpunt blijft.
U heeft op {DATE} met {OH} gesproken over {TOPIC}.
{OH} heeft in het overleg van {DATE} gevraagd om een nadere toelichting.
Zoals toegezegd aan {OH} ontvangt de Kamer voor de zomer een brief over {TOPIC}.
In het bestuurlijk overleg met {OH} is afgesproken dat {GEM} de regie houdt.
Het verzoek is ingediend door {A:title}, wonende te {CITY}.
De aanvraag van {A:title} is op {DATE} ontvangen en heeft kenmerk {KENMERK}.
Het dossier van {A:full} is overgedragen aan {B:full}.
{A:first} pakt dit op samen met {B:first}.
Vanuit {DIR} is {A:full} betrokken geweest bij de voorbereiding.
Bij de uitwerking is gebruikgemaakt van het rapport van {A:academic} ({UNI}).
Het rapport van {A:academic} over {TOPIC} is in {YEAR} gepubliceerd.
Volgens {A:sur} zijn de risico's voor de uitvoering beperkt.
{A:sur} wijst erop dat de termijn op {DATE} verloopt.
De ondernemingsraad, vertegenwoordigd door {A:full}, heeft positief geadviseerd.
De gesprekken met {ORG} worden gevoerd door {A:full} en {B:init}.
Er is contact geweest met {A:title}, de advocaat van de aanvrager.
De klacht van {A:title} over {TOPIC} is gegrond verklaard.
Na overleg met {A:full} ({FUNC}, {AGENCY}) stellen wij voor de termijn te verlengen.
{A:poss} advies is als bijlage bij deze nota gevoegd.
Het advies van {A:sur} luidt om het verzoek af te wijzen.
{A:init} is per {DATE} benoemd tot {FUNC} bij {DIR}.
{A:full} vervangt {B:full} tijdens diens verlof.
Tijdens de afwezigheid van {A:sur} kunt u contact opnemen met {B:full}.
De stukken zijn op {DATE} door {A:full} aan {ORG} verstuurd.
Het concept is besproken in het MT van {DATE}; {A:sur} heeft ingestemd.
In de bijlage treft u de reactie van {A:title} aan.
Wij stellen voor {A:full} te vragen zitting te nemen in de commissie.
De commissie bestaat uit {A:full} (voorzitter), {B:full} en {C:full}.
{A:full} en {B:full} vormen samen het projectteam.
Na ontvangst van de stukken zal {A:first} de beoordeling starten.
Uit het gesprek met {A:title} blijkt dat de situatie sinds {MONTH} is verslechterd.
{OH} heeft op {DATE} een werkbezoek gebracht aan {CITY}.
Tijdens het werkbezoek sprak {OH} met {A:full} van {FOUND}.
Bijgaand treft u de brief aan van {A:title} namens {FOUND}.
Er is een afspraak gepland met {A:full} op {DAY} {DATE}.
De minister heeft in {YEAR} besloten dat {AGENCY} de uitvoering verzorgt.
In {CITY} en {CITY} zijn de eerste locaties inmiddels in gebruik.
{GEM} heeft op {DATE} ingestemd met de verlenging.
De kosten worden gedragen door {MIN}.
Dit is afgestemd met {DIR} en {AGENCY}.
{AGENCY} verwacht dat de werkzaamheden in {MONTH} {YEAR} worden afgerond.
Het college van {GEM} heeft hierover op {DATE} een besluit genomen.
De {FUNC} van {DIR} is hierover geïnformeerd.
Met de motie van het lid {A:sur} ({PARTY}) wordt de regering verzocht de regeling te verlengen.
Kamerlid {OH:name} ({PARTY}) heeft schriftelijke vragen gesteld over {TOPIC}.
De vragen van het lid {OH:name} ({PARTY}) worden binnen drie weken beantwoord.
Het is aan u om te beslissen of {A:sur} wordt uitgenodigd.
{A:full} heeft namens {COMPANY} een offerte uitgebracht.
De heer {A:sur} heeft bezwaar gemaakt tegen het besluit van {DATE}.
Mevrouw {A:sur} heeft haar zienswijze op {DATE} ingediend.
Het bezwaar van de heer {A:sur} is ontvankelijk.
De gemachtigde van mevrouw {A:sur}, {B:title}, heeft om uitstel gevraagd.
In de hoorzitting van {DATE} heeft {A:title} zijn standpunt toegelicht.
{A:academic} heeft als externe deskundige meegelezen.
Het onderzoek is uitgevoerd door {COMPANY} onder leiding van {A:full}.
De landsadvocaat, {A:academic}, adviseert het besluit te handhaven.
Voor vragen kunt u terecht bij {A:full}, bereikbaar via {PHONE}.
Het eerste gesprek met {A:first} en haar begeleider vond plaats op {DATE}.
Op verzoek van {A:sur} is het onderwerp geagendeerd voor het overleg met {AGENCY}.
Naar verwachting kan {A:sur} begin {MONTH} starten.
Het programma wordt geleid door {A:full}, die rechtstreeks rapporteert aan de {FUNC}.
{A:full} ({FUNC}) en {B:full} ({FUNC}) nemen deel aan de werkgroep.
Het verslag is opgesteld door {A:init}.
De bijgevoegde tijdlijn is opgesteld door {A:first} {A:sur}.
"""

MAIL = """
Hoi {R:first},
Hoi {R:first}, hierbij de stukken voor morgen.
Dag {R:first},
Beste {R:first},
Hallo {R:first},
Ha {R:first},
Goedemorgen {R:first},
Goedemiddag {R:first},
Beste {R:title},
Geachte {R:title},
Beste collega's,
Hoi allen,
Dank voor je mail, {R:first}.
Zie hieronder de vraag van {A:first}.
Kun jij {A:first} vragen of zij de cijfers nog even naloopt?
Ik heb {A:first} gevraagd om het stuk te checken.
{A:first} is deze week met verlof, dus ik reageer namens haar.
{A:first} is vandaag ziek, ik neem het even over.
Ik zet {A:first} in de cc.
Ik heb {A:full} in de cc gezet, hij weet meer van {TOPIC}.
Volgens {A:first} kunnen we dit gewoon doen.
Heb je het stuk van {A:first} al gezien?
{A:first} en ik hebben er vanochtend naar gekeken.
Ik heb net even gebeld met {A:first} van {ORG}.
Is het goed als {A:first} aanschuift bij het overleg?
Wil jij dit afstemmen met {A:sur}?
{A:sur} had nog een paar opmerkingen, die heb ik verwerkt.
Ik stuur je hierbij de reactie van {A:full} van {ORG}.
De vraag komt van {A:title}, een bewoner uit {CITY}.
Misschien kan {A:first} hier even naar kijken?
Ik heb {A:poss} opmerkingen verwerkt en het stuk doorgestuurd naar {B:full}.
Prima, ik schuif aan.
Dank voor je snelle reactie!
Graag uiterlijk {DAY} je reactie.
Kunnen we dit {DAY} even bespreken?
Ik ben {DAY} op kantoor, dan kan ik het met {A:first} bespreken.
{A:first} vroeg of je de planning nog hebt.
Ik heb de stukken van {A:first} doorgestuurd naar {B:first}.
Zie bijlage. Groet, {S:first}
Bedankt voor het meedenken, {R:first}!
Als ik het goed begrijp wil {A:sur} eerst het advies van {DIRABBR} afwachten.
{A:first} belde net: de bijeenkomst in {CITY} gaat niet door.
{A:first} heeft {TOPIC} inmiddels opgepakt.
Heb jij nog contact gehad met {A:full}?
De contactgegevens van {A:first}: {PHONE}.
Je kunt {A:first} bereiken op {EMAIL}.
Mail {A:first} gerust rechtstreeks via {EMAIL}.
Het telefoonnummer van {A:title} is {PHONE}.
Zou jij namens {A:first} willen reageren?
Even een reminder: {A:first} wacht nog op je input.
{A:first} en {B:first} zijn het erover eens.
Ik hoorde van {A:first} dat {ORG} nog niet akkoord is.
Helaas kan ik niet aanwezig zijn; {A:first} gaat namens ons.
Ter info: {A:full} is per {DATE} gestart als {FUNC}.
Het is nog geen groen licht vanuit het MT, maar {A:sur} verwacht geen bezwaren.
Lijkt me prima zo. Nog één vraag: weet {A:first} hiervan?
Ik heb met {A:title} afgesproken dat we hem voor {DAY} terugbellen.
Stuur jij het verslag naar {A:first}, {B:first} en {C:first}?
Kun je {A:sur} en {B:sur} uitnodigen voor het overleg met {AGENCY}?
Via {A:first} kreeg ik door dat de vergunning is verleend.
Heb je toevallig het nummer van {A:first}?
Mijn collega {A:full} neemt contact met je op.
Ik ben vanaf {DATE} met vakantie. Voor dringende zaken kunt u terecht bij {A:full}.
Ik ben niet aanwezig tot en met {DATE}. Uw e-mail wordt niet doorgestuurd. Neem voor dringende zaken contact op met {A:first} via {EMAIL}.
Ik werk op maandag, dinsdag en donderdag.
"""

MAIL_CLOSE = """
Groet, {S:first}
Groet,
Groeten,
Groetjes,
Groetjes, {S:first}
Met vriendelijke groet,
Vriendelijke groet,
Met vriendelijke groeten,
Hartelijke groet,
Mvg,
Gr. {S:first}
Dank en groet,
Alvast bedankt!
Fijne dag!
Fijn weekend!
Kind regards,
Best,
Cheers,
"""

MINUTES = """
De voorzitter opent de vergadering en heet iedereen welkom, in het bijzonder {A:full} van {ORG}.
{A:sur} meldt dat het rapport van {AGENCY} volgende week verschijnt.
{A:sur} merkt op dat de planning krap is.
{A:title} vraagt of er al zicht is op de kosten.
{A:sur} antwoordt dat dit in {MONTH} duidelijk wordt.
{A:first} licht de stand van zaken toe aan de hand van een presentatie.
{A:sur} geeft een toelichting op {TOPIC}.
Naar aanleiding van de vraag van {A:sur} wordt afgesproken dat {B:sur} de cijfers nagaat.
{A:sur} en {B:sur} nemen contact op met {ORG}.
Het verslag van de vorige vergadering wordt ongewijzigd vastgesteld, met dank aan {A:first}.
{A:title} vraagt zich af waarom {GEM} niet aanwezig is.
{A:sur} zegt toe dit na te vragen bij {AGENCY}.
{A:init} doet verslag van het overleg met {ORG}.
Mededelingen: {A:full} is per {DATE} vertrokken; {B:full} neemt de taken over.
{A:sur} heeft zich afgemeld.
Actie: {A:sur} stuurt de notitie rond.
Actie {A:paraph}: agenderen voor het volgende overleg.
Besluit: het voorstel van {A:sur} wordt overgenomen.
{A:title} van {STREET} vraagt hoe lang de werkzaamheden duren.
Een bewoner van {STREET} vraagt waarom {PROV} niet aanwezig is.
{A:title} antwoordt dat {PROV} schriftelijk zal reageren.
Een bewoner, {A:title}, maakt zich zorgen over de geluidsoverlast.
Namens de gemeente waren aanwezig wethouder {OH:name} en projectleider {A:full}.
{OH} bedankt de aanwezigen voor hun komst.
De vragen van {A:title} worden schriftelijk beantwoord.
{A:sur} (notulist) sluit de vergadering om {TIME} uur.
De voorzitter sluit de vergadering om {TIME} uur en dankt {A:first} voor de voorbereiding.
{A:sur} stelt voor de werkgroep uit te breiden met {B:full}.
Volgens {A:sur} is de samenwerking met {COMPANY} goed verlopen.
{A:sur} vult aan dat {AGENCY} ook een rol heeft.
Rondvraag: {A:sur} vraagt naar de stand van zaken rond {TOPIC}.
Rondvraag: geen.
Er zijn geen opmerkingen over het verslag.
Het volgende overleg vindt plaats op {DATE} in {CITY}.
Afgesproken wordt dat {A:paraph} en {B:paraph} een voorstel uitwerken.
{A:sur} heeft het verzoek van {B:sur} besproken met de {FUNC}.
De gemachtigde, {A:title}, verwijst naar de eerder ingediende stukken.
De commissie vraagt {A:title} of hij bekend was met de regels.
{A:title} verklaart dat zij de brief van {DATE} niet heeft ontvangen.
Namens het bestuursorgaan is {A:full} ({FUNC}) aanwezig.
{A:full} vertegenwoordigt {FOUND}.
De heer {A:sur} licht het bezwaar toe.
Mevrouw {A:sur} geeft aan dat haar dochter {B:first} sinds {MONTH} op de wachtlijst staat.
{A:first} vertelt dat de buren, de familie {B:sur}, ook overlast ervaren.
"""

PHONE = """
Mevrouw belde omdat haar buurman, de heer {A:sur}, een brief had ontvangen die voor haar bedoeld was.
Meneer belt namens zijn moeder, mevrouw {A:sur}.
Beller is {A:title}, eigenaar van {COMPANY}.
Doorverbonden met {A:first} van {TEAM}.
{A:title} wil graag teruggebeld worden op {PHONE}.
Beller vraagt naar de status van zijn aanvraag ({KENMERK}).
Mevrouw is boos over de gang van zaken en wil een klacht indienen.
Meneer geeft aan dat hij al drie keer heeft gebeld.
Toegezegd dat {A:first} voor {DAY} terugbelt.
Mevrouw {A:sur} woont op {STREET} in {CITY}.
Zij vraagt of {A:full} haar dossier nog behandelt.
Meneer {A:sur} is doorverwezen naar het [[Juridisch Loket|ORG]].
Beller noemt de naam van zijn contactpersoon: {A:full}.
Beller wil {A:first} persoonlijk spreken.
Afspraak gemaakt voor {DAY} {DATE} om {TIME} uur met {A:full}.
Informatie gegeven over de bezwaartermijn.
Mevrouw is doorverwezen naar {AGENCY}.
Geen actie nodig.
"""

CITIZEN = """
Ik schrijf u namens mijn moeder, {A:full}, die sinds {YEAR} woont aan {STREET} in {CITY}.
Mijn naam is {S:full} en ik woon sinds {YEAR} in {CITY}.
Ik ben {S:full}, bewoner van {STREET}.
Sinds de winter heeft mijn moeder last van vocht in de slaapkamer.
Op {DATE} ontving ik een parkeerboete die volgens mij onterecht is.
Mijn buurman, de heer {A:sur}, kan bevestigen dat de auto daar niet stond.
Ik heb hierover al eerder contact gehad met uw medewerker {A:full}.
Uw medewerker, mevrouw {A:sur}, beloofde mij terug te bellen, maar dat is niet gebeurd.
Ik verzoek u de beslissing te herzien.
Mijn zoon {A:first} heeft een beperking en is afhankelijk van de auto.
Mijn dochter {A:first} zit op {NAMED} en moet elke dag oversteken bij het kruispunt.
Samen met mijn echtgenoot {A:full} heb ik de schade vastgelegd met foto's.
Onze buren, {A:full} en {B:full}, hebben dezelfde schade.
De schade is ontstaan door de storm van {DATE}.
Ik vraag een vergoeding van {NUM} euro.
Mijn rekeningnummer is bij u bekend.
Ik hoop op een snelle reactie.
Bij voorbaat dank.
Ik wacht al sinds {MONTH} op een reactie van {GEM}.
Ik heb een klacht over de behandeling door {A:title} aan de balie.
De woningcorporatie {COMPANY} reageert niet op onze meldingen.
Dokter {A:sur} heeft verklaard dat de klachten door het vocht komen.
Mijn advocaat, {A:academic}, zal u hierover nader berichten.
Ik heb de brief van {A:title} van {DATE} met verbazing gelezen.
Graag ontvang ik een kopie van alle stukken die over mij gaan.
"""

NEWS = """
"We zijn blij dat het plan nu doorgaat", zegt {A:full}, {FUNC} bij {ORG}.
"Dit is een belangrijke stap voor {CITY}", aldus {OH}.
Volgens {A:full} van {ORG} is de situatie onhoudbaar.
{OH} opende op {DATE} officieel de nieuwe fietsenstalling bij het station.
{OH} reageerde verheugd op het besluit van {AGENCY}.
{A:full}, woordvoerder van {AGENCY}, bevestigt het nieuws.
Woordvoerder {A:full} van {GEM} laat weten dat de werkzaamheden in {MONTH} beginnen.
Dat zegt {A:full} van {FOUND} in een reactie.
Ook {OH} was bij de opening aanwezig.
De {NUM}-jarige {A:full} uit {CITY} werd gisteren gehuldigd.
{A:sur} won in {YEAR} de prijs voor het beste initiatief.
Onderzoeker {A:academic} ({UNI}) waarschuwt voor de gevolgen.
{A:full} ({NUM}) uit {CITY} is al jaren vrijwilliger bij {FOUND}.
Premier {OH:name} sprak gisteren in {COUNTRY} met zijn ambtgenoot.
Minister {OH:name} van Buitenlandse Zaken bezocht {FOREIGN} en {FOREIGN}.
De Belg {A:full} werd tweede achter de Nederlander {B:full}.
Trainer {A:full} was tevreden over het spel van zijn ploeg.
{A:full} scoorde twee keer voor {CLUB}.
Bij {CLUB} viel {A:sur} uit met een blessure.
Volgens {A:sur} is er nog niets beslist.
{A:sur} zei dat hij geen commentaar wilde geven.
"Het is te vroeg om conclusies te trekken", zei {A:sur}.
De rechter veroordeelde {A:full} tot een werkstraf.
Advocaat {A:full} gaat in hoger beroep.
Schrijver {A:full} presenteerde zijn nieuwe boek in {CITY}.
Het boek van {A:full} verscheen bij uitgeverij {COMPANY}.
De tentoonstelling over {A:full} is te zien in {NAMED}.
In {COUNTRY} is {A:full} benoemd tot ambassadeur.
{A:full} volgt {B:full} op als directeur van {ORG}.
{OH} en {OH} openden samen het nieuwe gebouw.
De nieuwe {FUNC}, {A:full}, begint op {DATE}.
In {CITY} protesteerden honderden boeren tegen de plannen van {MIN}.
De politie in {CITY} heeft een {NUM}-jarige man aangehouden.
{COMPANY} maakt een winst bekend van {NUM} miljoen euro.
Volgens {AGENCY} stijgt het aantal meldingen in {REGION}.
Bij de overstromingen in {COUNTRY} kwamen {NUM} mensen om het leven.
Na afloop sprak {OH} met bewoners van {STREET}.
Ook {A:full} en {B:full} van de organisatie waren aanwezig.
{A:full} (links) en {B:full} bij de ondertekening in {CITY}.
Foto: {A:full}
"""

CHAT = """
@{A:first} heb jij de stukken voor het DT al gezien?
Ja, ligt bij {A:first} ter paraaf.
{A:first} vroeg ernaar.
Top, dank!
Ik bel {A:first} zo even.
Is {A:first} er morgen?
Nee, {A:first} is er pas {DAY} weer.
Ik zit in de call met {A:first} en {B:first}.
Wie heeft contact met {ORG}?
Dat doet {A:first} volgens mij.
Kun je {A:first} even taggen?
Heb je {A:poss} mail gezien?
Oké, ik pak het op.
{A:first} staat in de file, begint iets later.
👍
Prima!
Komt {A:sur} ook?
Ik stuur het zo naar {A:first}.
Thanks {R:first}!
Sorry, zag je bericht nu pas.
Vergadering verplaatst naar {TIME}.
{A:first} zei dat {ORG} de cijfers {DAY} stuurt.
"""

# Sentences with no person in them; hard negatives included.
NEG = """
De aanvraag is op {DATE} ontvangen en heeft kenmerk {KENMERK}.
Het besluit is genomen op grond van artikel 5.1, tweede lid, onder e, van de Wet open overheid.
De {FUNC} is verantwoordelijk voor de uitvoering.
De {FUNC} en de {FUNC} hebben het voorstel besproken.
{Func} en {FUNC} zijn aanwezig bij het overleg.
Deze nota is opgesteld door {DIR}.
{AGENCY} en {AGENCY} werken hierin samen.
Het overleg vindt plaats in {NAMED}.
De subsidie wordt verstrekt door {NAMED}.
Het kantoor is gevestigd aan {STREET} in {CITY}.
Bezoekadres: {STREET}, {CITY}.
De bijeenkomst is in {NAMED} te {CITY}.
Het plan heeft {WORDNAME} gekregen.
Door {WORDNAME} is de planning vertraagd.
{WORDNAME} bleek een belangrijke factor.
Tijdens {WORDNAME} zijn er extra maatregelen nodig.
Het stuk is {WORDNAME} verstuurd.
De minister heeft besloten het advies over te nemen.
De staatssecretaris heeft de Kamer hierover op {DATE} geïnformeerd.
De burgemeester heeft een noodverordening afgekondigd.
Het college van burgemeester en wethouders van {GEM} heeft besloten.
De wethouder neemt de motie over.
Gedeputeerde Staten van {PROV} hebben ingestemd.
Het ministerie heeft {NUM} reacties ontvangen op de internetconsultatie.
In {YEAR} zijn {NUM} Woo-verzoeken ontvangen.
Uw verzoek is doorgestuurd naar {AGENCY}.
Het advies van {AGENCY} is als bijlage bijgevoegd.
Zie ook de brief van {MIN} van {DATE}.
Voor vragen kunt u contact opnemen via {MAILBOX} of {PHONE}.
Meer informatie vindt u op www.rijksoverheid.nl.
Bel ons via 14 020 of kijk op de website.
Het nummer van de centrale is 070 - 456 00 00.
De termijn is op grond van artikel 4.4 verlengd met twee weken.
Tegen dit besluit kunt u binnen zes weken bezwaar maken.
Het bezwaarschrift moet zijn ondertekend en voorzien van een datum.
De vergadering wordt gehouden in zaal {NUM} van het stadhuis.
De werkzaamheden aan {STREET} duren tot en met {DATE}.
Het wegvak tussen {CITY} en {CITY} is afgesloten.
De dijk tussen {CITY} en {CITY} wordt versterkt.
Op {DATE} vond een storing plaats aan de brug bij {CITY}.
De Kamerbrief over {TOPIC} wordt in {MONTH} verstuurd.
Deze brief gaat in op {TOPIC}.
Het rapport van de [[Algemene Rekenkamer|ORG]] verschijnt in {MONTH}.
{Func} Digitale Overheid
{Func} Openbaar Bestuur
Senior beleidsmedewerker
Afdeling {TEAMNAME}
Directie {TEAMNAME}
Pagina {NUM} van {NUM}
Datum {DATE}
Ons kenmerk {KENMERK}
Bijlage(n) {NUM}
Inlichtingen bij de afdeling {TEAMNAME}
Het is niet toegestaan de stukken openbaar te maken zonder toestemming van {AGENCY}.
Er zijn geen persoonsgegevens verwerkt.
De gegevens worden bewaard conform de Archiefwet.
In het kader van de Woo zijn de namen van ambtenaren verwijderd.
De [[Raad van State|ORG]] heeft op {DATE} uitspraak gedaan.
Het Hof heeft het hoger beroep ongegrond verklaard.
De [[Nationale ombudsman|ORG]] heeft een rapport uitgebracht over {TOPIC}.
De [[Eerste Kamer|ORG]] stemt op {DATE} over het wetsvoorstel.
De [[Tweede Kamer|ORG]] heeft de motie aangenomen.
Het kabinet neemt de aanbevelingen over.
Het Rijk draagt {NUM} procent van de kosten.
Prinsjesdag valt dit jaar op {DATE}.
Op Koningsdag is het stadhuis gesloten.
Op Bevrijdingsdag zijn de kantoren gesloten.
Het [[Van Gogh Museum|ORG]] en het [[Rijksmuseum|ORG]] trekken veel bezoekers.
De [[Johan Cruijff ArenA|LOC]] is op {DATE} gebruikt voor de vaccinatie.
Het [[Erasmus MC|ORG]] en het [[Radboudumc|ORG]] doen mee aan het onderzoek.
Het [[Sint Antonius Ziekenhuis|ORG]] breidt de spoedeisende hulp uit.
De [[Koningin Máxima Kazerne|LOC]] wordt gerenoveerd.
De [[A12|LOC]] tussen {CITY} en {CITY} is afgesloten.
Het gaat om het tracé langs de [[Maas|LOC]].
De [[Oosterscheldekering|LOC]] en de [[Maeslantkering|LOC]] zijn gesloten.
{Func}
Telefoonnummer {PHONE}
"""

# More sentences without people: varied sentence openers, products, laws, events, adjectives
# of nationality. They teach that a capitalised word at the start of a sentence or line is
# usually not a name.
NEG2 = """
Toch is het niet gelukt om de planning te halen.
Andere gemeenten kiezen voor een vergelijkbare aanpak.
Elk jaar worden de cijfers opnieuw bekeken.
Die afspraak is vastgelegd in het convenant.
Dit betekent dat de termijn wordt verlengd.
Deze werkwijze wordt ook in {CITY} toegepast.
Wij adviseren u akkoord te gaan met het voorstel.
U ontvangt binnen vier weken een beslissing.
Uit de evaluatie blijkt dat de doelen grotendeels zijn gehaald.
Na afloop is er gelegenheid om vragen te stellen.
Bij de uitvoering zijn {NUM} medewerkers betrokken.
Daarnaast is extra geld nodig voor de handhaving.
Bovendien loopt het contract op {DATE} af.
Inmiddels is de vergunning verleend.
Verder zijn er geen bijzonderheden te melden.
Daarom stellen wij voor het besluit aan te houden.
Hierdoor ontstaat vertraging in de afhandeling.
Echter, de kosten vallen hoger uit dan begroot.
Ook de provincie is hierover geïnformeerd.
Wel is het van belang de communicatie goed voor te bereiden.
Zo wordt voorkomen dat aanvragen blijven liggen.
Kortom, de situatie is onder controle.
Tot slot wordt aandacht gevraagd voor de privacy.
Op basis van de beschikbare gegevens is geen conclusie mogelijk.
Naar verwachting is het project in {YEAR} afgerond.
Samen met de partners is een plan van aanpak opgesteld.
Vanwege de drukte is de termijn verlengd.
Tijdens de bijeenkomst is uitleg gegeven over de procedure.
Volgens de planning start de bouw in {MONTH}.
Indien nodig wordt de Kamer nader geïnformeerd.
Mocht u vragen hebben, dan kunt u contact met ons opnemen.
Graag verneem ik of u hiermee kunt instemmen.
Helaas is het niet mogelijk uw verzoek in te willigen.
Gelukkig zijn er geen gewonden gevallen.
Overigens is de regeling ook van toepassing op zzp'ers.
Nadat het besluit is genomen, volgt publicatie in de Staatscourant.
Omdat de stukken omvangrijk zijn, wordt de beslistermijn verdaagd.
Hoewel de cijfers zijn verbeterd, blijft de druk hoog.
Zowel bewoners als ondernemers hebben gereageerd.
Alle betrokkenen zijn hierover geïnformeerd.
Beide partijen hebben ingestemd met het voorstel.
Sommige aanvragen zijn onvolledig ingediend.
Veel bewoners maken zich zorgen over de veiligheid.
Weinig mensen maken gebruik van de regeling.
Meer informatie volgt na de zomer.
Zie bijlage 2 voor een overzicht van de kosten.
Neem voor vragen contact op met het team Woo.
Lees verder op pagina {NUM}.
Bijgaand treft u het conceptbesluit aan.
Bijgevoegd vindt u de planning.
Hierbij ontvangt u de stukken voor het overleg.
Afgesproken wordt dat het voorstel wordt aangepast.
Besloten wordt de evaluatie uit te stellen.
Gevraagd wordt in te stemmen met de begroting.
Voorgesteld wordt de regeling met een jaar te verlengen.
Geconstateerd wordt dat de planning niet haalbaar is.
Opgemerkt wordt dat de subsidie tijdig is aangevraagd.
Aanwezigen worden bedankt voor hun inbreng.
Niemand heeft bezwaar tegen de voorgestelde werkwijze.
Iedereen is het eens met de conclusie.
Onlangs is het rapport van de commissie verschenen.
Vorige week is de eerste paal geslagen.
Gisteren is de brief verstuurd.
Morgen volgt een nieuw overleg.
Vandaag is de website aangepast.
Binnenkort ontvangt u een uitnodiging.
Eerder dit jaar is hierover gesproken.
Later dit jaar volgt een evaluatie.
Vervolgens wordt een projectplan opgesteld.
Tenslotte wordt de raad geïnformeerd.
Allereerst is het van belang de risico's in kaart te brengen.
Concreet gaat het om {NUM} woningen.
Financieel heeft dit geen gevolgen.
Juridisch is er geen bezwaar tegen deze aanpak.
Politiek ligt het onderwerp gevoelig.
Praktisch betekent dit dat de balie op vrijdag gesloten is.
Landelijk is er een tekort aan personeel.
Regionaal wordt samengewerkt met de veiligheidsregio.
Europese regels staan dit niet toe.
Nederlandse gemeenten hebben hier ervaring mee.
Belgische en Duitse gemeenten volgen de ontwikkeling.
Turkse, Marokkaanse en Surinaamse ouderen worden slecht bereikt.
De Nederlandse overheid steunt het initiatief.
De Europese Unie heeft de richtlijn aangenomen.
De Poolse arbeidsmigranten zijn gehuisvest in de Achterhoek.
Het Engelstalige rapport wordt vertaald.
Inloggen kan met DigiD of eHerkenning.
Het bericht staat in MijnOverheid.
De vergadering vindt plaats via Teams.
De bestanden staan op SharePoint.
Het overzicht is als Excel-bestand bijgevoegd.
De presentatie in PowerPoint volgt later.
Stuur de stukken via Outlook of de beveiligde mailomgeving.
De inzet van ChatGPT en andere AI-toepassingen wordt onderzocht.
Op grond van de Algemene wet bestuursrecht kunt u bezwaar maken.
De Wet open overheid is op 1 mei 2022 in werking getreden.
De Omgevingswet vervangt een groot aantal regels.
Volgens de AVG mogen deze gegevens niet worden gedeeld.
De Participatiewet en de Jeugdwet worden herzien.
Het besluit is gepubliceerd in de Staatscourant.
Het onderwerp staat op de agenda van de Ministerraad.
De Olympische Spelen worden in de zomer gehouden.
Tijdens Prinsjesdag wordt de Miljoenennota gepresenteerd.
Na de Tour de France volgt de Vuelta.
Het WK voetbal trekt veel kijkers.
Het Koningsdagconcert gaat dit jaar niet door.
De Elfstedentocht kan vanwege het weer niet doorgaan.
In het NOS Journaal werd aandacht besteed aan het onderwerp.
Het programma Zembla maakte een uitzending over de zaak.
In de Volkskrant en het NRC verschenen artikelen.
Volgens Het Parool is het besluit al genomen.
Het Nationaal Programma Groningen loopt tot {YEAR}.
Het Deltaprogramma richt zich op waterveiligheid.
De Ombudsman Metropool Amsterdam heeft het dossier opgevraagd.
Aanleiding
Toelichting
Samenvatting
Conclusie
Aanbevelingen
Inleiding
Achtergrond
Planning
Begroting
Overig
Bijlagen
Nieuws
Binnenland
Buitenland
Economie
Sport
Cultuur
Opinie
Colofon
Uitgangspunten
Vervolgstappen
Stand van zaken
Risico's en beheersmaatregelen
Besluit
Beslispunten
Kernboodschap
Voorstel
Onderbouwing
Communicatie
Financiën
Juridische aspecten
Privacy
Contact
Vragen
Reactie
Vervolg
Advies
Tot slot
Geachte heer, mevrouw,
Geachte dames en heren,
Met vriendelijke groet,
Hoogachtend,
Bijlage
Bijlagen: 2
Vertrouwelijk
Concept
Intern
Openbaar
Niet openbaar
Spoed
Ter informatie
Ter beslissing
Ter bespreking
Ter kennisname
"""

# Greetings and closings with several people, English mails.
MAIL2 = """
Hoi {A:first} en {B:first},
{A:first}, {B:first},
Beste {A:first} en {B:first},
Dag {A:first}, {B:first} en {C:first},
Hi {A:first},
Hey {A:first},
Stuur jij het verslag naar {A:first}, {B:first} en {C:first}?
{A:first}, {B:first} en {C:first} hebben aangegeven mee te willen denken.
Fijn dat {A:first} en {B:first} konden aansluiten.
Ik heb {A:sur} en {B:sur} gevraagd om het stuk te lezen.
Met dank aan {A:first} voor het meelezen.
Complimenten aan {A:first}!
Namens {A:first}: graag voor vrijdag een reactie.
Op verzoek van {A:first} stuur ik je deze mail door.
Zoals {A:first} al aangaf, is de planning krap.
Daarna vroeg {A:sur} nog of het advies klaar is.
Toch wil {A:sur} het stuk eerst zelf lezen.
Bovendien heeft {A:full} gisteren nog gebeld.
Later belde {A:first} terug met het antwoord.
Samen met {A:first} kijk ik er morgen naar.
Even ter check: is {A:first} hiervan op de hoogte?
Dear {R:first},
Dear {R:title},
Thanks for your time today.
Thank you for your email, {R:first}.
Please find attached the minutes of our meeting with {A:full}.
I have copied {A:first} who is handling this file.
{A:first} will get back to you before Friday.
Could you ask {A:first} to send the figures?
As discussed with {A:full} of {ORG}, we will postpone the meeting.
Kind regards,
Best regards,
Regards,
"""

# Organisations in the contexts where news and memos name them (companies, clubs, brands).
ORGCTX = """
{BRAND} maakt een winst bekend van {NUM} miljoen euro.
Topman {A:full} van {BRAND} stapt op.
Het bedrijf {BRAND} heeft faillissement aangevraagd.
{BRAND} neemt branchegenoot {BRAND} over.
Bij {BRAND} werken ruim {NUM} mensen.
De aandeelhouders van {BRAND} zijn niet tevreden.
Het contract met {BRAND} loopt tot {YEAR}.
De opdracht is gegund aan {BRAND}.
De vakbond {BRAND} dreigt met acties.
De leverancier, {BRAND}, heeft de storing verholpen.
{BRAND} won met 2-1 van {BRAND}.
Het elftal van {BRAND} speelt zondag tegen {BRAND}.
De Belgische bank {BRAND} sluit {NUM} kantoren.
Het Franse concern {BRAND} investeert in {CITY}.
De software van {BRAND} wordt vervangen.
{BRAND} Nederland verhuist naar {CITY}.
Het softwarepakket is geleverd door {BRAND}.
De huurders van {BRAND} klagen over vocht.
Woningcorporatie {BRAND} start met de renovatie.
Zorgverzekeraar {BRAND} vergoedt de behandeling niet.
Energieleverancier {BRAND} verhoogt de tarieven.
Vervoerder {BRAND} rijdt minder bussen.
Omroep {BRAND} zendt het debat live uit.
Het bedrijf {BRAND} en de gemeente gaan samenwerken.
De webwinkel {BRAND} levert niet meer in België.
Supermarktketen {BRAND} opent een nieuwe vestiging in {CITY}.
Bouwbedrijf {BRAND} is hoofdaannemer.
Volgens het bedrijf {BRAND} is de levering vertraagd.
Volgens {A:sur} is de levering vertraagd.
Ook {A:sur} heeft een offerte ingediend namens {BRAND}.
Op het bureau van {A:sur} lagen de stukken van {BRAND}.
{A:sur} vroeg of {BRAND} al had gereageerd.
Het onderzoeksbureau {BRAND} deed de peiling.
"""

# General sentences with varied openers (pronouns, numerals, question words); no people.
NEG3 = """
Hij zegt dat het besluit al is genomen.
Zij wil niet dat haar naam wordt genoemd.
Ze hebben de stukken nog niet ontvangen.
Men gaat ervan uit dat de kosten stijgen.
Er is nog geen besluit genomen.
Het is onduidelijk wanneer de werkzaamheden beginnen.
Wie bezwaar wil maken, kan dat schriftelijk doen.
Wat de gevolgen zijn, is nog niet bekend.
Waarom de brief niet is verstuurd, wordt onderzocht.
Hoe het verder moet, is nog onduidelijk.
Wanneer de regeling ingaat, is niet bekend.
Twee medewerkers zijn met ziekteverlof.
Drie gemeenten doen mee aan de proef.
Twintig woningen moeten worden gesloopt.
Honderden bewoners kwamen naar de bijeenkomst.
Duizenden reizigers zaten urenlang vast.
Eén van de aanvragen is afgewezen.
Enkele leden stemden tegen.
Geen van de partijen wil reageren.
Niets wijst erop dat de regels zijn overtreden.
Alles wijst op een technische storing.
Niet alle vragen konden worden beantwoord.
Nog niet alle gegevens zijn bekend.
Pas in {MONTH} wordt duidelijk hoe het verder gaat.
Zelfs de provincie was verrast door het besluit.
Vooral ouderen maken gebruik van de balie.
Ondanks de kritiek gaat het plan door.
Dankzij de subsidie kan het buurthuis open blijven.
Door de drukte op de weg liep de bus vertraging op.
Sinds de zomer is het aantal meldingen gestegen.
Tegen het besluit is beroep ingesteld.
Tussen de partijen bestaat onenigheid over de kosten.
Zonder extra geld stopt het project.
Volgens de krant is de bouw stilgelegd.
Rond de middag was de storing verholpen.
Dinsdag besluit de gemeenteraad over het voorstel.
Maandag begint de verbouwing van het stadhuis.
Vrijdag volgt meer nieuws.
Zaterdag is het gemeentehuis gesloten.
Eind {MONTH} verschijnt het eindrapport.
Begin volgend jaar start de aanbesteding.
Half {MONTH} volgt de uitslag.
Afgelopen jaar zijn er {NUM} klachten binnengekomen.
Vorig jaar lag het aantal nog lager.
Dit jaar worden er {NUM} woningen gebouwd.
Deze week wordt de knoop doorgehakt.
Volgende week komt de commissie weer bijeen.
Opvallend is dat de kosten zijn gedaald.
Duidelijk is dat er meer geld nodig is.
Zeker is dat de termijn niet wordt gehaald.
Belangrijk is dat de bewoners worden betrokken.
Nieuw is dat ook ondernemers kunnen meedoen.
Zo'n {NUM} mensen kwamen af op de bijeenkomst.
Ruim de helft van de aanvragen is toegekend.
Bijna alle gemeenten doen mee.
Minder dan tien procent reageerde op de enquête.
Meer dan de helft van de ondervraagden is tevreden.
Steeds meer mensen melden zich bij de voedselbank.
Natuurlijk blijven we in gesprek met de omgeving.
Waarschijnlijk wordt het besluit uitgesteld.
Misschien is het verstandig om eerst te overleggen.
Uiteindelijk is gekozen voor de goedkoopste variant.
Blijkbaar is de brief niet aangekomen.
Kennelijk was de termijn verstreken.
Tegelijkertijd loopt de procedure bij de rechter.
Desondanks wil de gemeente doorgaan.
Daarentegen zijn de inkomsten gestegen.
Evenwel is het besluit niet onomkeerbaar.
Anderzijds is er weinig draagvlak.
Enerzijds is er behoefte aan duidelijkheid.
Kijk voor meer informatie op de website.
Lees de bijgevoegde toelichting goed door.
Vul het formulier volledig in.
Stuur een e-mail naar het algemene adres.
Bel bij spoed het algemene nummer.
Komt u er niet uit, neem dan contact op.
Gaat u niet akkoord, dan kunt u bezwaar maken.
Zijn de gegevens onjuist, meld dit dan.
Heeft u nog vragen, dan hoor ik dat graag.
Blijft het probleem bestaan, dan volgt een inspectie.
Het rapport 'Samen verder' verschijnt volgende maand.
In het programma Open Overheid werken de departementen samen.
De campagne Ik Check Het wordt voortgezet.
Het project Slim Wonen loopt in zes wijken.
De werkgroep Digitale Toegankelijkheid komt maandelijks bijeen.
Het actieplan Veilig Thuis is in {YEAR} gestart.
De Nederlander won de tijdrit.
De Belgen waren sterker in de tweede helft.
Een Amerikaan werd tweede.
De Duitse regering reageerde terughoudend.
Marokkaanse en Turkse Nederlanders doen minder vaak een beroep op de regeling.
De Surinaamse gemeenschap organiseert een herdenking.
De Europese Commissie komt met nieuwe regels.
"""

# Ordinary words ({Word} capitalised, {word} lower case; OpenTaal sample) where a PDF shows
# them capitalised: headings, sentence starts, programme names. No people.
NEG4 = """
{Word}
{Word}
{Word} en {word}
{Word} en {word}
{Word} is besproken in het overleg.
{Word} wordt in {MONTH} geëvalueerd.
{Word}: zie bijlage {NUM}.
{Word} blijft een punt van aandacht.
{Word} van de {word}
{Word} in relatie tot {word}
Onderwerp: {Word}
Betreft: {word}
{NUM}. {Word}
{NUM}. {Word} en {word}
{Word} ({word})
{Word} staat op de agenda van {DAY}.
{Word} vraagt om extra inzet van de afdeling.
{Word} leidt tot vertraging.
{Word} is niet meegenomen in de planning.
Het thema {word} komt later terug.
De {word} wordt opnieuw bekeken.
Er is gesproken over {word} en {word}.
{Word}, {word} en {word}
Programma {Word} {Word}
Project {Word}
Werkgroep {Word}
Actielijn {Word} {Word}
"""

# Lists of names in running text, and doctors and other people with a title word.
LISTS = """
Stuur jij de stukken naar {A:first}, {B:first} en {C:first}?
Ik heb {A:first}, {B:first} en {C:first} uitgenodigd.
Uitgenodigd zijn {A:full}, {B:full} en {C:full}.
Aanwezig waren {A:sur}, {B:sur} en {C:sur}.
{A:first}, {B:first}, {C:first}: willen jullie hiernaar kijken?
Het team bestaat uit {A:first}, {B:first} en {C:first}.
De reacties van {A:sur}, {B:sur} en {C:sur} zijn verwerkt.
Met {A:first}, {B:first} en mij als trekkers.
{A:first} en {B:first} nemen de actie op zich.
Graag ook {A:first} en {B:first} in de cc.
Huisarts {A:sur} heeft een verklaring afgegeven.
Dokter {A:sur} verwees haar door naar het ziekenhuis.
De behandelend arts, dr. {A:sur}, is op de hoogte.
Notaris {A:full} heeft de akte opgesteld.
Advocaat {A:sur} treedt op namens de bewoners.
Meester {A:sur} van groep 5 heeft het gesprek gevoerd.
Pastoor {A:sur} opende de bijeenkomst.
Agent {A:sur} heeft proces-verbaal opgemaakt.
Inspecteur {A:sur} bezocht de locatie op {DATE}.
Collega {A:first} heeft dit eerder behandeld.
Mijn collega {A:first} is hier ook bij betrokken.
Buurman {A:first} heeft de schade gezien.
Oom {A:first} en tante {B:first} wonen ook in de wijk.
"""

# Software, apps and services are not people, whatever their shape.
NEG5 = """
Inloggen kan met {PRODUCT} of {PRODUCT}.
Het bericht staat klaar in {PRODUCT}.
De vergadering vindt plaats via {PRODUCT}.
Ik stuur je de link via {PRODUCT}.
{PRODUCT} is vandaag niet bereikbaar.
{PRODUCT} werkt weer.
De app {PRODUCT} wordt uitgefaseerd.
Het gebruik van {PRODUCT} is niet toegestaan op werktelefoons.
Bel me even via {PRODUCT}, dat is makkelijker.
De bestanden staan in {PRODUCT}.
Het bestand is gemaakt in {PRODUCT}.
Zie het bericht op {PRODUCT}.
Aanvragen kan alleen met {PRODUCT}.
De koppeling tussen {PRODUCT} en {PRODUCT} is verbroken.
Log in met uw {PRODUCT} en vul het formulier in.
De storing bij {PRODUCT} is verholpen.
Er is een nieuwe versie van {PRODUCT} beschikbaar.
Gebruik voor vertrouwelijke stukken niet {PRODUCT}.
Via {PRODUCT} kwamen {NUM} reacties binnen.
{PRODUCT} en {PRODUCT} vallen onder de regeling.
"""
