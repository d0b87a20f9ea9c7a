"""Word lists for the training-data generator, written for this project (EUPL-1.2).

Names of real public bodies (ministries, agencies), places and countries are public facts.
Companies, foundations, streets and people are invented here or composed at random from
the MIT-licensed faker lists (data/faker_names.json). Nothing here is copied from any
evaluation corpus.
"""
from __future__ import annotations

# --- extra person names (latinised), project-written -----------------------------------
MAGHREB_MALE = """Mohamed Mohammed Mohammad Ahmed Ahmad Youssef Yusuf Karim Mustafa Mourad Rachid Said
Hamza Bilal Ilias Ilyas Anouar Anwar Khalid Hicham Abdel Abdelkader Abdelhak Abdellah Nordin
Redouan Redouane Soufiane Zakaria Ayoub Othman Omar Hassan Hussein Brahim Driss Jamal Nabil
Samir Tarik Tariq Younes Mehdi Adil Aziz Faouzi Hakim Jaouad Lahcen Mimoun Noureddine Rachid
Reda Salah Yassine Yassin Zouhair Abdelaziz Amine Badr Chakib Fouad Imad Ismail Marouane""".split()
MAGHREB_FEMALE = """Fatima Fatma Khadija Malika Naima Nadia Samira Soumaya Yasmina Yasmine Meryem Meriem
Latifa Loubna Hanane Hanan Houda Ilham Imane Karima Laila Leila Nora Rachida Saida Salma Sanae
Siham Souad Zineb Zainab Aicha Amina Asmae Bouchra Dounia Ghizlane Hafsa Hajar Ikram Kawtar
Lamia Najat Nawal Ouafae Rabia Sabah Safae Wafae Widad Zahra Zohra Ibtissam Chaimae""".split()
def _multi(s: str) -> list[str]:
    """Names separated by two spaces or new lines may contain single spaces ("El Idrissi")."""
    out = []
    for line in s.strip().split("\n"):
        for part in line.split(";"):
            part = part.strip()
            if part:
                out.append(part)
    return out


MAGHREB_LAST = _multi("""El Idrissi; Bouzid; El Khatib; Benali; Ouali; Azzouzi; Boukhari; Ait Taleb; El Hamdaoui
Bakkali; El Mansouri; Belhaj; Chakir; Daoudi; El Fassi; Haddou; Lahlou; Mahjoub; Moussaoui; Naciri
Ouchene; Rahmouni; Saidi; Tazi; Zerouali; Aberkane; Achahbar; Akrouh; Amghar; Bouchtaoui; Boulaich
El Bakkali; El Haddaoui; El Ouardi; Essafi; Hamdi; Jabri; Kaddouri; Kharbouch; Laghmich
Maazouz; Marzouki; Mokhtari; Ouahabi; Rifi; Sadki; Touzani; Yahyaoui; Ziani; Bennani; Chafik; Chergui
El Allati; Ez-Zahraoui; Boujdaini; Aouragh; Belkasmi; Bouali; Dahmani; El Moussaoui; Hachimi
Ben Haddou; Abou Zaid; El Azzouzi; Ouaali; Lamrabet; Boutaher; Zaoui; El Yaakoubi""")

SURINAME_FIRST_M = """Ravi Sunil Rakesh Anand Sandjai Dinesh Ramesh Kishan Vikash Roshan Rishi Sharief
Ricardo Romano Errol Glenn Clyde Lucien Marciano Orlando Quincy Ruben Stanley Iwan Winston""".split()
SURINAME_FIRST_F = """Anjali Shanti Sita Radha Reshma Sharmila Kavita Anita Priya Nalini Indra Sunita
Ingrid Sharon Ludmila Rosita Germaine Gracia Jacqueline Marlies Orlanda Rachelle Wendy""".split()
SURINAME_LAST = _multi("""Ramautar; Jagessar; Baldewsingh; Sardjoe; Mahabier; Ramsaran; Kalka; Chotkan; Bhoendie
Soekhai; Ramkisoen; Gobardhan; Lachman; Jhinkoe; Radjkoemar; Rambaran; Autar; Binda; Ganga
Sitaram; Doerga; Bissumbhar; Soebhag; Jairam; Mangroe; Hirasingh; Kalloe; Madhoe; Oedit
Kartodikromo; Sarmo; Wongsodikromo; Pawirodihardjo; Soemita; Karijo; Sastro; Djosetiko
Vanenburg; Pinas; Tjon A Fat; Lie A Ling; Fung A Loi; Kensenhuis; Wijdenbosch; Dors; Nelom
Zschuschen; Lalji; Pengel; Doelwijt; Vlijter; Amatsaleh; Kromodihardjo; Emanuelson; Renfrum
Sedney; Brunings; Fränkel; Lewis; Gefferie; Lachmon; Tjin-A-Tsoi; Kasanpawiro""")

SYRIAN_AFGHAN_M = """Ahmad Mahmoud Abdullah Bashar Ghaith Hamid Jawad Mahdi Mansour Nasser Rami Sami Tamer
Waseem Zaher Farhad Naveed Qadir Rahim Sardar Shafiq Wahid Zabihullah Habib Jamshid Omid""".split()
SYRIAN_AFGHAN_F = """Rania Rasha Reem Rima Hiba Huda Lama Layla Maha Nour Rawan Ruba Shireen Yara
Farida Fereshta Mariam Nargis Parwana Shabnam Soraya Zarghuna Zahra Mina Laleh""".split()
SYRIAN_AFGHAN_LAST = _multi("""Al-Hassan; Al-Khatib; Haddad; Hamdan; Kassab; Mansour; Nassar; Saleh; Shami; Sulaiman
Al-Masri; Darwish; Habibi; Haidari; Karimi; Mohammadi; Noori; Popal; Qaderi; Rahimi; Sadat
Stanekzai; Wardak; Yousufzai; Zadran; Ahmadzai; Azizi; Hakimi; Jalali; Safi; Sultani""")

HORN_M = """Abdi Abdirahman Abdullahi Ahmed Ali Bashir Daud Faysal Hassan Ibrahim Mahad Mukhtar
Dawit Filmon Habtom Kidane Mehari Semere Tesfay Yonas Yohannes Berhane Samuel Robel""".split()
HORN_F = """Amina Asha Faduma Hodan Hawa Ifrah Khadra Leyla Nimco Sahra Sagal Ubah
Almaz Helen Lula Mebrat Mihret Rahel Saba Selam Senait Tsega Winta Yordanos""".split()
HORN_LAST = _multi("""Abdullahi; Farah; Hassan; Jama; Mohamud; Nur; Omar; Warsame; Yusuf; Osman; Guled; Dualeh
Tesfamariam; Ghebremedhin; Habte; Kidane; Tekle; Woldu; Berhe; Gebru; Haile; Mebrahtu; Tesfay""")

UA_M = """Oleksandr Andrii Dmytro Serhii Mykola Taras Bohdan Yurii Vasyl Ivan Oleh Volodymyr Artem""".split()
UA_F = """Olena Oksana Iryna Tetiana Nataliia Kateryna Yuliia Svitlana Halyna Mariia Anastasiia""".split()
UA_LAST = _multi("""Shevchenko; Kovalenko; Bondarenko; Tkachenko; Kravchenko; Melnyk; Boiko; Oliinyk
Lysenko; Moroz; Marchenko; Petrenko; Rudenko; Savchenko; Pavlenko; Kovalchuk; Tkachuk; Hnatiuk""")

EXTRA_ORIGINS = {
    "maghreb2": (MAGHREB_MALE, MAGHREB_FEMALE, MAGHREB_LAST),
    "suriname": (SURINAME_FIRST_M, SURINAME_FIRST_F, SURINAME_LAST),
    "syaf": (SYRIAN_AFGHAN_M, SYRIAN_AFGHAN_F, SYRIAN_AFGHAN_LAST),
    "horn": (HORN_M, HORN_F, HORN_LAST),
    "ua": (UA_M, UA_F, UA_LAST),
}

# The most common Dutch surnames and first names: a shipped model must know these as names, so
# they are never held out for evaluation (names.held_out). Common knowledge, project-written.
COMMON_SURNAMES = """Jong Jansen Vries Berg Dijk Bakker Janssen Visser Smit Meijer Boer Mulder Groot Bos Vos
Peters Hendriks Leeuwen Dekker Brouwer Wit Dijkstra Smits Graaf Meer Linden Kok Jacobs Haan Vermeulen
Heuvel Veen Broek Bruijn Bruin Heijden Schouten Beek Willems Vliet Ven Hoekstra Maas Verhoeven Koster
Dam Wal Prins Blom Huisman Peeters Jonge Kuipers Kuiper Veenstra Kramer Brink Scholten Wijk Postma
Martens Vink Ridder Pol Lange Rijn Koning Groen Post Winter Storm Baas Zwart Wolf Vermeer Hoek Bosch
Timmermans Gerritsen Wouters Bosman Kroon Hermans Evers Boersma Graaff Goossens Molenaar Lambers
Jonker Sanders Verbeek Schipper Kaya Yilmaz Demir Sahin Celik El Amrani Haddou""".split()
COMMON_FIRST = """Jan Piet Kees Klaas Henk Willem Peter Hans Gerrit Johan Anna Maria Els Marieke Sanne Lisa
Emma Julia Sophie Daan Sem Lucas Thomas Bas Tom Mark Dennis Kevin Rob Wim Ingrid Linda Sandra Monique
Esther Petra Karin Anja Ellen Fleur Eva Noor Lotte Mohamed Fatima Ahmed Youssef Ayse Mehmet""".split()

# Old-fashioned baptismal names used for initials and in formal documents.
BAPTISMAL_M = """Johannes Petrus Cornelis Hendrikus Jacobus Wilhelmus Adrianus Gerardus Antonius
Franciscus Theodorus Josephus Martinus Nicolaas Albertus Bernardus Hubertus Leonardus Marinus
Willem Jan Pieter Dirk Klaas Gerrit Hendrik Arie Jacob Frederik Lambertus Engelbertus""".split()
BAPTISMAL_F = """Johanna Maria Anna Cornelia Wilhelmina Hendrika Elisabeth Catharina Adriana
Geertruida Jacoba Petronella Theodora Margaretha Aaltje Grietje Hillegonda Josephina""".split()

# Everyday first-name forms used in e-mails ("Hoi Kees") next to the formal given names.
ROEPNAMEN = {
    "Johannes": ["Jan", "Hans", "Joost", "Johan"], "Petrus": ["Piet", "Peter"],
    "Cornelis": ["Kees", "Cor"], "Hendrikus": ["Henk", "Rik"], "Jacobus": ["Jaap", "Koos"],
    "Wilhelmus": ["Wim", "Willem"], "Adrianus": ["Arie", "Adri", "Ad"], "Gerardus": ["Gerard", "Gert"],
    "Antonius": ["Ton", "Toon", "Anton"], "Franciscus": ["Frank", "Frans"], "Theodorus": ["Theo", "Ruud"],
    "Josephus": ["Jos", "Sjef"], "Martinus": ["Martin", "Tinus"], "Nicolaas": ["Klaas", "Niek"],
    "Albertus": ["Bert", "Albert"], "Bernardus": ["Ben", "Bernard"], "Hubertus": ["Huub", "Bert"],
    "Leonardus": ["Leo", "Leon"], "Marinus": ["Rinus", "Marien"], "Johanna": ["Annie", "Joke", "Hanneke"],
    "Maria": ["Marieke", "Mieke", "Ria", "Marja"], "Cornelia": ["Corrie", "Nel", "Cora"],
    "Wilhelmina": ["Willemijn", "Mien", "Wilma"], "Hendrika": ["Riek", "Henny"],
    "Elisabeth": ["Lisa", "Liesbeth", "Els", "Bep"], "Catharina": ["Karin", "Ina", "Tineke"],
    "Adriana": ["Jeanne", "Ria"], "Geertruida": ["Truus", "Geertje"], "Jacoba": ["Coby", "Jacqueline"],
    "Petronella": ["Nelleke", "Ellen"], "Theodora": ["Dora", "Thea"], "Margaretha": ["Margriet", "Greet"],
}

# Surnames that are also ordinary Dutch words, with phrases that use the word as a word.
# A phrase holds the word in {w} (lower case) or {W} (capitalised at sentence start).
WORD_NAMES = {
    "Bakker": ["de {w} op de hoek", "{W} en slager zijn vandaag gesloten", "de plaatselijke {w}"],
    "Visser": ["een {w} uit Urk", "{W}s en boeren protesteerden", "de {w} op de kade"],
    "Groen": ["{w} licht", "{W} licht voor het plan", "het {w} in de wijk", "{w}e daken", "{W} is de kleur van het logo"],
    "Winter": ["de {w} van 2023", "{W} en zomer", "in de {w}", "{W}tijd gaat in op zondag", "deze {w}"],
    "Storm": ["de {w} van vorige week", "{W}schade aan daken", "een {w} van kritiek", "{W} Eunice trok over het land"],
    "Post": ["per {w}", "de {w} van vandaag", "{W} wordt dagelijks bezorgd", "een vacante {w}", "de {w} onvoorzien"],
    "Baas": ["de {w} van het bedrijf", "eigen {w}", "{W} in eigen buik"],
    "Zwart": ["{w} op wit", "{W} geld", "een {w}e lijst", "{w}gelakte passages"],
    "Koster": ["de {w} van de kerk"],
    "de Boer": ["de {w} van perceel 12", "{W}en protesteren bij het provinciehuis", "een {w} uit Drenthe"],
    "Koning": ["de {w}", "{W}sdag", "de {w}lijke familie"],
    "Smit": ["de {w}"],
    "de Wit": ["{w}te vlekken", "{W}te boorden"],
    "Wit": ["{w} op zwart", "de {w}te lijst"],
    "Vos": ["een {w} in de tuin", "{W}sen en reeën"],
    "de Haan": ["de {w} kraait"],
    "Haan": ["de {w} kraait"],
    "de Graaf": ["de {w} van Holland"],
    "Hoek": ["om de {w}", "de {w} van de kamer", "in de {w} gedreven"],
    "Berg": ["een {w} werk", "{W}en papier"],
    "Bos": ["het {w} bij de snelweg", "een {w} bloemen", "{W}beheer is een taak van de provincie"],
    "Dam": ["de {w} in de rivier", "{W}men en sluizen"],
    "Brouwer": ["een {w} uit Zwolle", "de {w}ij"],
    "Kok": ["de {w} van de kantine", "een {w}sopleiding"],
    "Schipper": ["de {w} van de veerpont"],
    "Jager": ["een {w} met vergunning", "{W}s en natuurbeheerders"],
    "Wolf": ["de {w} in de Veluwe", "{W}en zijn beschermd", "een {w}"],
    "Kuiper": ["de {w}"],
    "Lange": ["de {w} termijn", "{W} wachttijden"],
    "Kort": ["{w} geding", "{W} gezegd", "{w} daarna"],
    "Klein": ["een {w} aantal", "{W}e gemeenten", "{w}schalige projecten"],
    "Groot": ["een {w} deel", "{W}e zorgen", "in het {w}"],
    "Vrij": ["{w} toegankelijk", "{W}e dagen", "{w} snel"],
    "Beek": ["de {w} achter het dorp", "{W}herstel"],
    "Veen": ["het {w}weidegebied", "{W}gronden"],
    "Dijk": ["de {w} bij het dorp", "{W}versterking", "de {w}"],
    "Hof": ["de {w} achter het huis", "het {w}je"],
    "Kraai": ["een {w} op het dak"],
    "Mol": ["een {w} in de organisatie"],
    "Appel": ["een {w} en een ei", "{w}s en peren"],
    "Peters": [],
    "Zomer": ["de {w} van 2024", "{W}tijd", "na de {w}"],
    "Lente": ["in de {w}"],
    "Herfst": ["de {w}", "{W}vakantie"],
    "Maan": ["de {w}"],
    "Snel": ["zo {w} mogelijk", "{W} handelen is nodig"],
    "Goed": ["{w} nieuws", "{W} werkgeverschap"],
    "Blom": [],
    "Bloem": ["een {w} op tafel", "{W}en voor de jubilaris"],
    "Roos": ["een {w}", "{W}ters en planningen"],
    "Steen": ["de eerste {w}", "{W}achtig"],
    "Schaap": ["het zwarte {w}", "{W}herders"],
    "Meijer": [],
    "Koopman": ["de {w}", "{W}schap"],
    "Timmerman": ["een {w}"],
    "Slager": ["de {w} in het dorp"],
    "Molenaar": ["de {w}"],
    "Schilder": ["de {w} van het kozijn"],
    "Boer": ["{W}en en tuinders", "de {w}"],
    "Zee": ["de {w}", "{W}waardig"],
    "Lam": ["een {w}", "{W} leggen"],
    "Hart": ["het {w} van de stad", "{W} en vaatziekten", "ter {w}e nemen"],
    "Bril": ["een {w}"],
    "Vogel": ["een {w}", "{W}s en vleermuizen"],
    "Duif": ["een {w}"],
    "Arend": ["een {w}"],
    "Paus": ["de {w}"],
    "Keizer": ["de {w}"],
    "Ridder": ["een {w}"],
    "Prins": ["de {w}", "{W}jesdag"],
    "Wever": ["de {w}"],
    "Hoogland": ["het {w}"],
    "Noord": ["{w} en zuid"],
    "Oost": ["{w} en west"],
    "Zuid": ["{w} en noord"],
    "West": ["{w} en oost"],
    "Mooi": ["{w} weer", "{W} werk"],
    "Kaal": ["een {w}e vlakte"],
    "Rood": ["{w} licht", "{W}e cijfers"],
    "Blauw": ["{w}e envelop", "{W}e zone"],
    "Bruin": ["{w} café", "{W}e bonen"],
    "Geel": ["{w}e hesjes", "{W}e kaart"],
}

# Word-surnames that are common as real surnames: these also appear as people in the generated
# text (a small share), so "Winter meldt" can be a person while "de winter" stays a word.
WORD_SURNAME_PERSONS = ["Bakker", "Visser", "de Boer", "Groen", "Winter", "Storm", "Post", "Baas", "Zwart",
                        "Koster", "de Koning", "Smit", "de Wit", "Vos", "de Haan", "de Graaf", "Hoek", "Bos",
                        "Brouwer", "Kok", "Schipper", "de Jager", "Wolf", "Kuiper", "de Lange", "Mulder", "Prins",
                        "Blom", "de Jong", "de Bruin", "Kramer", "Timmerman", "Molenaar", "Schilder", "Zomer",
                        "Roos", "van der Steen", "Vogel", "Appel", "van Dam", "van den Berg", "van Beek",
                        "van der Veen", "van Dijk", "de Vries", "Keizer", "de Ridder", "Koopman", "Slager"]

# --- organisations, places ----------------------------------------------------------------
MINISTRIES = [
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "BZK"),
    ("Ministerie van Justitie en Veiligheid", "JenV"),
    ("Ministerie van Financiën", "Financiën"),
    ("Ministerie van Volksgezondheid, Welzijn en Sport", "VWS"),
    ("Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW"),
    ("Ministerie van Infrastructuur en Waterstaat", "IenW"),
    ("Ministerie van Economische Zaken", "EZ"),
    ("Ministerie van Klimaat en Groene Groei", "KGG"),
    ("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "LVVN"),
    ("Ministerie van Sociale Zaken en Werkgelegenheid", "SZW"),
    ("Ministerie van Buitenlandse Zaken", "BZ"),
    ("Ministerie van Defensie", "Defensie"),
    ("Ministerie van Algemene Zaken", "AZ"),
    ("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "VRO"),
    ("Ministerie van Asiel en Migratie", "AenM"),
]
MINISTER_OF = [
    "Binnenlandse Zaken en Koninkrijksrelaties", "Justitie en Veiligheid", "Financiën",
    "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap",
    "Infrastructuur en Waterstaat", "Economische Zaken", "Sociale Zaken en Werkgelegenheid",
    "Buitenlandse Zaken", "Defensie", "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Volkshuisvesting en Ruimtelijke Ordening", "Asiel en Migratie", "Klimaat en Groene Groei",
    "Medische Zorg", "Primair en Voortgezet Onderwijs", "Rechtsbescherming", "Armoedebeleid",
]
AGENCIES = [
    "Rijkswaterstaat", "Belastingdienst", "Dienst Toeslagen", "DUO", "UWV", "SVB", "CBS", "RIVM",
    "IND", "COA", "Kadaster", "RVO", "NVWA", "ILT", "Logius", "KNMI", "Autoriteit Persoonsgegevens",
    "Raad van State", "Algemene Rekenkamer", "Nationale ombudsman", "Dienst Justitiële Inrichtingen",
    "Nationale Politie", "Openbaar Ministerie", "Inspectie van het Onderwijs", "CAK",
    "Zorginstituut Nederland", "Staatsbosbeheer", "ProRail", "Rijksvastgoedbedrijf", "Nationaal Archief",
    "Rijksdienst voor het Cultureel Erfgoed", "Inspectie Gezondheidszorg en Jeugd", "Kiesraad",
    "Autoriteit Consument & Markt", "De Nederlandsche Bank", "Raad voor de rechtspraak",
    "Sociaal en Cultureel Planbureau", "Centraal Planbureau", "Planbureau voor de Leefomgeving",
    "VNG", "Unie van Waterschappen", "IPO", "Rijksinspectie Digitale Infrastructuur", "SSC-ICT",
    "Dienst ICT Uitvoering", "Justis", "CJIB", "Reclassering Nederland", "Raad voor de Kinderbescherming",
    "Tweede Kamer", "Eerste Kamer", "Europese Commissie", "Europees Parlement", "NS", "GGD GHOR Nederland",
    "Kamer van Koophandel", "Huurcommissie", "Rijksdienst voor Ondernemend Nederland", "Waterschap Vallei en Veluwe",
    "Hoogheemraadschap van Rijnland", "Wetterskip Fryslân", "Waterschap Rivierenland",
]
PARTIES = ["VVD", "PVV", "NSC", "BBB", "D66", "CDA", "SP", "GroenLinks-PvdA", "ChristenUnie", "SGP",
           "PvdD", "DENK", "Volt", "JA21", "FvD", "50PLUS"]
UNIVERSITIES = ["Universiteit Utrecht", "Universiteit Leiden", "Rijksuniversiteit Groningen",
                "Universiteit van Amsterdam", "Vrije Universiteit Amsterdam", "Erasmus Universiteit Rotterdam",
                "Radboud Universiteit", "Tilburg University", "TU Delft", "Universiteit Twente",
                "Wageningen University", "Maastricht University", "Hogeschool Utrecht", "Hanzehogeschool",
                "Open Universiteit", "TU Eindhoven", "Hogeschool van Amsterdam", "Saxion", "Fontys"]
DIRECTORATES = [
    "Directie Communicatie", "Directie Wetgeving en Juridische Zaken", "Directie Financieel-Economische Zaken",
    "Directie Bestuursondersteuning", "Directie Informatiehuishouding", "Directie Openbaar Bestuur",
    "Directie Digitale Overheid", "Directie Arbeidsmarkt", "Directie Jeugd", "Directie Wonen",
    "Directie Water en Bodem", "Directie Internationale Zaken", "Directie Bedrijfsvoering",
    "Directoraat-generaal Rijkswaterstaat", "Directoraat-generaal Volkshuisvesting",
    "Directoraat-generaal Politie en Veiligheidsregio's", "Directoraat-generaal Migratie",
    "Directoraat-generaal Openbaar Bestuur", "Directie Strategie", "Directie Kennis",
    "Directie Europa", "Directie Zorgverzekeringen", "Directie Langdurige Zorg",
    "Directie Emancipatie", "Directie Mobiliteit", "Directie Luchtvaart", "Directie Klimaat",
]
DIR_ABBR = ["DGOO", "DGBEO", "DWJZ", "FEZ", "DCOM", "DBO", "DIZ", "DDO", "DGWB", "DGMI", "DGPenV", "DJZ",
            "DGLZ", "DIO", "DGVH", "DBI", "DGSenB", "DKE", "DGK", "HDJZ", "CIO", "SG", "pSG", "DGRR", "DOB",
            "DWO", "DPenO", "DSO", "DSB", "DGMo", "DGLM", "DGNV", "DLZ", "DMO", "DGCZ"]
TEAMS = ["team Juridische Zaken", "team Vergunningen", "team Burgerzaken", "afdeling Klantcontact",
         "afdeling Belastingen", "team Woo", "team Handhaving", "afdeling Communicatie", "team Subsidies",
         "afdeling Ruimtelijke Ontwikkeling", "team Bezwaar en Beroep", "afdeling Sociaal Domein",
         "team Informatiebeheer", "afdeling Inkoop", "team Openbare Ruimte", "afdeling Personeel en Organisatie",
         "cluster Wetgeving", "team Beleidsondersteuning", "afdeling Veiligheid", "team Jeugd en Onderwijs"]

COUNTRIES = ["Nederland", "België", "Duitsland", "Frankrijk", "Engeland", "Groot-Brittannië", "Spanje",
             "Italië", "Polen", "Turkije", "Marokko", "Suriname", "Curaçao", "Aruba", "Sint Maarten",
             "Bonaire", "Oekraïne", "Rusland", "China", "Japan", "India", "Indonesië", "Syrië", "Irak",
             "Afghanistan", "Eritrea", "Somalië", "Nigeria", "Ghana", "Zuid-Afrika", "Egypte", "Israël",
             "Verenigde Staten", "Amerika", "Canada", "Brazilië", "Argentinië", "Mexico", "Australië",
             "Zweden", "Noorwegen", "Denemarken", "Finland", "Oostenrijk", "Zwitserland", "Portugal",
             "Griekenland", "Hongarije", "Roemenië", "Bulgarije", "Tsjechië", "Ierland", "Schotland",
             "Luxemburg", "Europa", "Afrika", "Azië", "Latijns-Amerika", "Vlaanderen", "Wallonië",
             "Caribisch Nederland", "Iran", "Libanon", "Jemen", "Mozambique", "Qatar", "Kroatië", "Servië"]
FOREIGN_CITIES = ["Brussel", "Antwerpen", "Gent", "Luik", "Leuven", "Parijs", "Berlijn", "Londen",
                  "Keulen", "Düsseldorf", "Aken", "Münster", "Madrid", "Barcelona", "Rome", "Milaan",
                  "Wenen", "Genève", "Straatsburg", "Luxemburg", "Warschau", "Istanbul", "Ankara",
                  "Rabat", "Casablanca", "Tanger", "Nador", "Paramaribo", "Willemstad", "Oranjestad",
                  "Kralendijk", "Kyiv", "Moskou", "New York", "Washington", "Peking", "Tokio", "Kopenhagen",
                  "Stockholm", "Oslo", "Helsinki", "Lissabon", "Athene", "Boedapest", "Praag", "Dublin",
                  "Edinburgh", "Lille", "Lyon", "Marseille", "München", "Hamburg", "Frankfurt", "Damascus",
                  "Bagdad", "Kabul", "Lagos", "Accra", "Nairobi", "Kaapstad", "Sydney", "Toronto"]
BIG_CITIES = ["Amsterdam", "Rotterdam", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen",
              "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede",
              "Amersfoort", "Zaanstad", "'s-Hertogenbosch", "Den Bosch", "Zwolle", "Leiden", "Maastricht",
              "Dordrecht", "Zoetermeer", "Leeuwarden", "Delft", "Deventer", "Alkmaar", "Heerlen", "Venlo",
              "Emmen", "Assen", "Lelystad", "Middelburg", "Hoorn", "Gouda", "Hilversum", "Schiedam", "Ede"]
REGIONS = ["de Randstad", "Zuid-Limburg", "de Achterhoek", "Twente", "de Veluwe", "het Groene Hart",
           "West-Brabant", "Noord-Holland", "Zuid-Holland", "Oost-Groningen", "de Betuwe", "Zeeuws-Vlaanderen",
           "de Waddenzee", "het IJsselmeer", "de Noordzee", "de Maas", "de Rijn", "de Waal", "de IJssel",
           "het Markermeer", "de Schelde", "Schiphol", "de Haven van Rotterdam", "de Maasvlakte"]
PROVINCES = ["Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
             "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]

STREET_WORDS = ["Kerk", "School", "Molen", "Dorps", "Stations", "Haven", "Markt", "Beuken", "Eiken",
                "Linden", "Wilgen", "Berken", "Kastanje", "Esdoorn", "Tulp", "Rozen", "Lelie", "Merel",
                "Lijster", "Vink", "Zwaluw", "Reiger", "Kievit", "Spoor", "Sluis", "Brug", "Veld", "Wei",
                "Akker", "Polder", "Dijk", "Burg", "Slot", "Kloosters", "Hoog", "Nieuwe", "Oude", "Lange",
                "Korte", "Zuider", "Noorder", "Ooster", "Wester", "Zon", "Regenboog", "Heide", "Duin", "Zee",
                "Hout", "Bos", "Park", "Ring", "Industrie", "Ambachts", "Handels", "Fabrieks", "Koren",
                "Vlas", "Hooi", "Zand", "Klei", "Turf", "Boomgaard", "Schelp", "Anjer", "Irene", "Emma"]
STREET_SUFFIXES = ["straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dreef", "hof", "pad",
                   "steeg", "dijk", "baan", "park", "erf", "veld", "plantsoen", "boulevard", "wal"]
STREET_TITLE_PREFIX = ["Burgemeester", "Dokter", "Pastoor", "Professor", "Generaal", "Koningin",
                       "Prins", "Prinses", "Graaf", "Wethouder", "Meester", "Dominee", "Kapitein"]

ORG_WORDS_ADJ = ["Groene", "Blauwe", "Open", "Nieuwe", "Vrije", "Sterke", "Samen", "Heldere", "Eerlijke",
                 "Veilige", "Gezonde", "Duurzame", "Lichte", "Stille", "Brede", "Hoge", "Lage", "Gouden",
                 "Zilveren", "Warme", "Rode", "Slimme", "Vitale", "Levende"]
ORG_WORDS_NOUN = ["Wiel", "Brug", "Haven", "Horizon", "Kompas", "Toren", "Linde", "Eik", "Bron", "Zon",
                  "Poort", "Hoeve", "Molen", "Vallei", "Kust", "Delta", "Vonk", "Golf", "Kring", "Sleutel",
                  "Baken", "Anker", "Meander", "Waterlelie", "Regenboog", "Zwaan", "Valk", "Berk", "Duin",
                  "Basis", "Schakel", "Route", "Kern", "Bolwerk", "Buurt", "Wijk", "Stad", "Dorp"]
ORG_SECTORS = ["Bouw", "Infra", "Advies", "Consultancy", "Installatietechniek", "Vastgoed", "Transport",
               "Groenvoorziening", "Schoonmaak", "ICT", "Software", "Beveiliging", "Zorg", "Accountants",
               "Advocaten", "Notarissen", "Makelaardij", "Energie", "Recycling", "Catering", "Evenementen",
               "Communicatie", "Ingenieurs", "Architecten", "Projectontwikkeling", "Logistiek", "Media"]
ORG_KINDS = ["Stichting", "Vereniging", "Coöperatie", "Woningcorporatie", "Zorggroep", "Buurtvereniging",
             "Huurdersvereniging", "Dorpsraad", "Wijkraad", "Sportvereniging", "Scoutinggroep",
             "Belangenvereniging", "Ondernemersvereniging", "Bewonersvereniging", "Omgevingsdienst",
             "Veiligheidsregio", "GGD", "Regionale Uitvoeringsdienst", "Welzijnsorganisatie", "Zorgcentrum",
             "Basisschool", "Scholengemeenschap", "Brandweer", "Milieudefensie-afdeling"]
NAMED_AFTER_PERSON = [  # {P} is a (fictitious) full name; label ORG or LOC for the whole
    ("Stichting {P} Fonds", "ORG"), ("{P} Fonds", "ORG"), ("{P} Stichting", "ORG"),
    ("Dr. {P}-ziekenhuis", "ORG"), ("{P} Ziekenhuis", "ORG"), ("{P}school", "ORG"), ("{P} College", "ORG"),
    ("{P} Lyceum", "ORG"), ("{P} Instituut", "ORG"), ("{P} Centrum", "ORG"), ("{P}huis", "LOC"),
    ("{P}-gebouw", "LOC"), ("{P}zaal", "LOC"), ("{P}laan", "LOC"), ("{P}straat", "LOC"), ("{P}plein", "LOC"),
    ("{P}park", "LOC"), ("{P} Academie", "ORG"), ("Vereniging {P}", "ORG"), ("{P} Kliniek", "ORG"),
    ("Prof. {P} Instituut", "ORG"), ("{P} Museum", "ORG"), ("{P}brug", "LOC"), ("{P}tunnel", "LOC"),
    ("Dr. {P} Fonds", "ORG"), ("Dr. {P} Stichting", "ORG"), ("{P} Prijs", "ORG"), ("{P} Huis", "LOC"),
]

ROYAL_FIRST = ["Juliana", "Beatrix", "Wilhelmina", "Emma", "Máxima", "Amalia", "Irene", "Margriet",
               "Christina", "Bernhard", "Hendrik", "Willem", "Alexander", "Claus", "Frederik", "Maurits",
               "Ariane", "Alexia", "Marijke", "Sophie"]
ROYAL_NAMED = [  # {F}: a royal first name; the whole is ORG or LOC, not PER
    ("Koningin {F}ziekenhuis", "ORG"), ("Prinses {F}school", "ORG"), ("Prins {F} Kazerne", "LOC"),
    ("Koning {F} College", "ORG"), ("Prinses {F}laan", "LOC"), ("Koningin {F}park", "LOC"),
    ("Prins {F} Fonds", "ORG"), ("Koningin {F}plein", "LOC"), ("Prinses {F} Kinderziekenhuis", "ORG"),
    ("{F}ziekenhuis", "ORG"), ("{F}school", "ORG"), ("Prins {F}haven", "LOC"), ("Koningin {F}brug", "LOC"),
]

# Software, services and apps (O): often mixed-case, shaped like a paraph ("DigiD" ~ "JdV").
PRODUCTS = ["DigiD", "eHerkenning", "MijnOverheid", "Berichtenbox", "WhatsApp", "LinkedIn", "YouTube",
            "PowerPoint", "SharePoint", "OneDrive", "iPhone", "iPad", "MacBook", "TikTok", "GitHub",
            "JavaScript", "PostNL", "eID", "iDEAL", "BRPplus", "WOZ-loket", "OneNote", "MyDUO",
            "ParkeerApp", "eFactuur", "iBabs", "CoronaMelder", "BurgerNet", "NL-Alert", "eDienst",
            "Teams", "Outlook", "Excel", "Word", "Zoom", "Webex", "Signal", "Telegram", "Facebook",
            "Instagram", "Twitter", "Google", "Windows", "Chrome", "Edge", "Firefox", "ChatGPT", "Copilot"]

# --- function titles and roles (O) ---------------------------------------------------------
FUNCTIONS = [
    "beleidsmedewerker", "senior beleidsmedewerker", "beleidsadviseur", "senior beleidsadviseur",
    "strategisch adviseur", "juridisch adviseur", "jurist", "coördinator", "clustercoördinator",
    "teamleider", "afdelingshoofd", "directeur", "plaatsvervangend directeur", "programmamanager",
    "projectleider", "projectsecretaris", "communicatieadviseur", "woordvoerder", "secretaris",
    "managementassistent", "secretaresse", "medewerker", "medewerker klantcontact", "behandelaar",
    "casemanager", "inspecteur", "toezichthouder", "handhaver", "boa", "consulent", "accountmanager",
    "controller", "financieel adviseur", "informatiemanager", "privacy officer",
    "functionaris gegevensbescherming", "data-analist", "onderzoeker", "stagiair", "trainee",
    "senior jurist", "wetgevingsjurist", "directiesecretaris", "bestuursadviseur", "griffier",
    "raadsadviseur", "gemeentesecretaris", "directeur-generaal", "secretaris-generaal",
    "plaatsvervangend secretaris-generaal", "hoofd", "manager", "adviseur", "specialist",
    "omgevingsmanager", "vergunningverlener", "planoloog", "ecoloog", "landmeter", "notulist",
    "voorzitter", "vicevoorzitter", "penningmeester", "contactpersoon", "ambtelijk secretaris",
    "kwartiermaker", "interim-manager", "teammanager", "procesbegeleider", "zaakbehandelaar",
    "Woo-coördinator", "senior adviseur", "medewerker Woo", "rijkstrainee", "beleidsondersteuner",
]
OFFICE_ROLES = [  # roles of office holders; names after these are PER (kept by policy)
    "minister", "staatssecretaris", "burgemeester", "wethouder", "gedeputeerde", "Kamerlid",
    "commissaris van de Koning", "dijkgraaf", "minister-president", "premier", "raadslid",
    "fractievoorzitter", "Statenlid", "europarlementariër", "senator", "ombudsman", "loco-burgemeester",
]
ACADEMIC_TITLES = ["drs.", "mr.", "dr.", "ir.", "ing.", "prof.", "prof. dr.", "mr. drs.", "dr. ir.",
                   "drs. ing.", "bc.", "mr. dr.", "ir. drs.", "prof. mr."]
POST_TITLES = ["MSc", "MA", "BSc", "MBA", "LLM", "PhD", "RA", "MPA", "BA"]

# --- document vocabulary -----------------------------------------------------------------
TOPICS = [
    "de afhandeling van Woo-verzoeken", "de wachtlijsten in de jeugdzorg", "de dijkversterking bij het dorp",
    "de subsidieregeling voor buurthuizen", "de uitvoering van de Omgevingswet", "de opvang van asielzoekers",
    "het nieuwe parkeerbeleid", "de herinrichting van het stationsplein", "de evaluatie van de pilot",
    "de begroting voor volgend jaar", "de aanbesteding van de schoonmaak", "de bouw van het windpark",
    "de storing aan de brug", "de verlenging van het contract", "het bezwaar tegen de aanslag",
    "de klacht over de behandeling", "de aanvraag omgevingsvergunning", "het evenement op het plein",
    "de overlast in de wijk", "de renovatie van het gemeentehuis", "de vervanging van de kademuur",
    "de digitalisering van het archief", "de verduurzaming van scholen", "de energietoeslag",
    "de huisvesting van statushouders", "de samenwerking met de regio", "de inzet van boa's",
    "het onderzoek naar de datalekken", "de beantwoording van Kamervragen", "het verzoek om informatie",
    "de stikstofproblematiek", "het grondwaterpeil", "de bereikbaarheid van het centrum",
    "de sluiting van de zwembaden", "de voortgang van het programma", "de reorganisatie van de afdeling",
    "de planning van de werkzaamheden", "de risico's voor de uitvoering", "de communicatiestrategie",
    "het verslag van het overleg", "de kosten van de maatregel", "de vaststelling van het bestemmingsplan",
    "de zienswijzen op het ontwerpbesluit", "de inspraakavond", "de handhaving van de regels",
    "de meldingen over geluidsoverlast", "de capaciteit van de rechtspraak", "de kinderopvangtoeslag",
    "de hersteloperatie", "de informatievoorziening aan de Kamer", "de gevolgen van de uitspraak",
    "het advies van de landsadvocaat", "de privacytoets", "de DPIA", "de verwerking van persoonsgegevens",
    "de inkoop van laptops", "de vaccinatiecampagne", "de crisisnoodopvang", "de windturbines",
    "de zonnepanelen op het dak", "de afvalinzameling", "het onderhoud van de wegen", "de bomenkap",
    "de verkeersveiligheid rond de school", "de laadpalen", "de vergunning voor het terras",
]
SUBJECTS = [  # for Onderwerp lines (capitalised, no article)
    "Voortgang Woo-verzoeken", "Planning werksessie", "Reactie op motie", "Beslisnota subsidieregeling",
    "Stand van zaken dijkversterking", "Afspraken overleg", "Concept Kamerbrief", "Bezwaarschrift",
    "Klacht parkeerboete", "Vraag over vergunning", "Melding overlast", "Uitnodiging bijeenkomst",
    "Verslag stuurgroep", "Actiepunten", "Agenda MT", "Beantwoording Kamervragen", "Storing brug",
    "Evenementenvergunning", "Terugkoppeling gesprek", "Aanvraag subsidie", "Offerte", "Factuur",
    "Wachtlijsten jeugdzorg", "Begroting", "Risico-inventarisatie", "Doorgestuurd bericht", "Update",
    "Informatieavond", "Nota van bevindingen", "Voorstel", "Besluitvorming", "Vervolgafspraak",
    "Vraag van bewoner", "Mediaverzoek", "Persbericht", "Concept-besluit", "Zienswijze", "Overdracht dossier",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MAIL_DOMAINS_GOV = ["minbzk.nl", "minjenv.nl", "minfin.nl", "minvws.nl", "minocw.nl", "minienw.nl",
                    "rws.nl", "rivm.nl", "ind.nl", "coa.nl", "duo.nl", "uwv.nl", "belastingdienst.nl",
                    "gemeente.nl", "provincie.nl", "waterschap.nl", "rvo.nl", "nvwa.nl", "minszw.nl",
                    "minbuza.nl", "mindef.nl", "minaz.nl", "minezk.nl"]
MAIL_DOMAINS_PRIV = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                     "planet.nl", "xs4all.nl", "icloud.com", "home.nl"]
