"""Document layouts: nota, brief, e-mail print, chat, verslag, telefoonnotitie, burgerbrief,
persbericht, besluit/inventaris. Written for this project (EUPL-1.2); the layouts follow the
common conventions of Dutch government documents, not any particular document.
"""
from __future__ import annotations

import random

from redactor.train import lexicon as lx
from redactor.train import names as nm
from redactor.train.context import Ctx
from redactor.train.layout import Builder, Line, Piece, merge_columns, pieces_text, table


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _key(rng: random.Random, k: str) -> str:
    """Header key as it comes out of a PDF: "Aan", "Aan:", "AAN"."""
    r = rng.random()
    if r < 0.5:
        return k + ":"
    if r < 0.9:
        return k
    return k.upper()


def signature(ctx: Ctx, p: nm.Person, rich: float = 0.6) -> list[Line]:
    rng = ctx.rng
    out: list[Line] = []
    r = rng.random()
    if r < 0.5:
        out.append(Line(ctx.mention(p, "full")))
    elif r < 0.7:
        out.append(Line(ctx.mention(p, "academic")))
    elif r < 0.85:
        out.append(Line(ctx.mention(p, "init")))
    else:
        out.append(Line(ctx.mention(p, "first")))
        return out
    if rng.random() < rich:
        out.append(Line([(_cap(p.function), None)]))
        if rng.random() < 0.6:
            d = rng.choice(lx.DIRECTORATES + lx.TEAMS)
            out.append(Line([(_cap(d), "ORG" if d in lx.DIRECTORATES else None)]))
        if rng.random() < 0.6:
            out.append(Line(ctx.ministry(sentence_start=True)[-1:] if rng.random() < 0.5 else ctx.org(True)))
        if rng.random() < 0.3:
            out.append(Line(ctx.street(number=True)))
            out.append(Line([(ctx.postcode() + " ", None), (ctx.city(), "LOC")]))
        for k in rng.sample(["T", "M", "E", "Tel", "Mob", "Telefoon", "Mobiel", "E-mail"], rng.randrange(1, 4)):
            if k in ("E", "E-mail"):
                out.append(Line([(f"{k} {p.email(rng)}" if rng.random() < 0.8 else f"{k}: {p.email(rng)}", None)]))
            else:
                out.append(Line([(f"{k} {ctx.phone()}" if rng.random() < 0.8 else f"{k}: {ctx.phone()}", None)]))
        if rng.random() < 0.2:
            out.append(Line([(rng.choice(["Aanwezig: ma, di, do", "Werkdagen: maandag t/m donderdag",
                                          "Ik werk niet op vrijdag", "www.rijksoverheid.nl",
                                          "Let op: nieuw adres per 1 januari"]), None)]))
    return out


def page_break(ctx: Ctx, page: int, total: int) -> list[Line]:
    rng = ctx.rng
    out = []
    r = rng.random()
    if r < 0.5:
        out.append(Line([(f"Pagina {page} van {total}", None)]))
    elif r < 0.7:
        out.append(Line([(f"{page}", None)]))
    if rng.random() < 0.4:
        out.append(Line([(f"Datum {ctx.date()}", None)]))
        out.append(Line([(f"Kenmerk {ctx.kenmerk()}", None)]))
    if rng.random() < 0.2:
        out.append(Line([("Ons kenmerk " + ctx.kenmerk(), None)]))
    return out


def with_page_breaks(ctx: Ctx, lines: list[Line], p: float = 0.5) -> list[Line]:
    if len(lines) < 8 or ctx.rng.random() > p:
        return lines
    k = ctx.rng.randrange(4, len(lines) - 2)
    return lines[:k] + page_break(ctx, 2, ctx.rng.randrange(2, 5)) + lines[k:]


# ------------------------------------------------------------------------------------------

def memo(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "formal"
    b = Builder(rng)
    S, R = ctx.sender, ctx.recipient
    left: list[Line] = []
    left.append(Line([(rng.choice(["Nota", "Beslisnota", "Informatienota", "Notitie", "NOTA", "Memo",
                                   "Nota aan de minister", "Adviesnota", "Nota ter beslissing"]), None)]))
    aan = rng.random()
    if aan < 0.35:
        to = [(rng.choice(["de minister", "de staatssecretaris", "de minister van " + rng.choice(lx.MINISTER_OF),
                           "de secretaris-generaal", "het MT", "de DG", "de directeur-generaal", "het college"]), None)]
    elif aan < 0.7:
        to = ctx.mention(R, rng.choice(["full", "init", "title"]))
    elif aan < 0.85:
        to = ctx.office_mention()
    else:
        to = [("de directeur ", None)] + [(rng.choice(lx.DIRECTORATES).split(" ", 1)[1], None)]
    left.append(Line([(_key(rng, "Aan") + " ", None)] + to))
    van = rng.random()
    if van < 0.6:
        frm = ctx.mention(S, rng.choice(["full", "init", "academic"]))
        if rng.random() < 0.4:
            frm += [(", " + S.function, None)]
    else:
        d = rng.choice(lx.DIRECTORATES)
        frm = [(d, "ORG")] if rng.random() < 0.7 else [(rng.choice(lx.DIR_ABBR), "ORG")]
    left.append(Line([(_key(rng, "Van") + " ", None)] + frm))
    if rng.random() < 0.5:
        via = ctx.cast[2]
        left.append(Line([(_key(rng, "Via") + " ", None)] +
                         ([(rng.choice(["plv. directeur ", "directeur ", "DG ", "pSG ", ""]), None)] if rng.random() < 0.5 else [])
                         + ctx.mention(via, rng.choice(["full", "init", "sur"]))))
    left.append(Line([(_key(rng, "Datum") + " " + ctx.date(), None)]))
    if rng.random() < 0.7:
        left.append(Line([(_key(rng, "Kenmerk") + " " + ctx.kenmerk(), None)]))
    subj = rng.choice(lx.SUBJECTS) if rng.random() < 0.6 else _cap(rng.choice(lx.TOPICS))
    left.append(Line([(_key(rng, "Onderwerp") + " " + subj, None)]))
    if rng.random() < 0.3:
        left.append(Line([(_key(rng, "Bijlage(n)") + " " + str(rng.randrange(1, 5)), None)]))
    right: list[Line] = []
    if rng.random() < 0.75:
        if rng.random() < 0.6:
            right.append(Line(ctx.ministry(True)[-1:]))
        if rng.random() < 0.6:
            right.append(Line([(rng.choice(lx.DIRECTORATES), "ORG")]))
        if rng.random() < 0.4:
            right.append(Line([(_cap(rng.choice(lx.TEAMS)), None)]))
        right.append(Line([(rng.choice(["Contactpersoon", "Contactpersoon:", "Inlichtingen", "Behandeld door"]), None)]))
        c = S if rng.random() < 0.6 else ctx.cast[3 % len(ctx.cast)]
        right.append(Line(ctx.mention(c, rng.choice(["full", "full", "init", "academic"]))))
        if rng.random() < 0.4:
            right.append(Line([(_cap(c.function), None)]))
        for k in rng.sample(["T", "M", "E"], rng.randrange(1, 4)):
            val = c.email(rng) if k == "E" else ctx.phone()
            right.append(Line([(f"{k} {val}", None)]))
    b.extend(merge_columns(rng, left, right, p_merge=0.4))
    body: list[Line] = []
    heads = ["Aanleiding", "Geadviseerd besluit", "Beslispunten", "Kernpunten", "Toelichting", "Advies",
             "Politieke context", "Financiële gevolgen", "Communicatie", "Afstemming", "Juridische aspecten",
             "Vervolg", "Achtergrond", "Doel", "Samenvatting", "Risico's", "Uitvoering", "Draagvlak"]
    for h in rng.sample(heads, rng.randrange(2, 6)):
        if rng.random() < 0.8:
            body.append(Line([(f"{rng.randrange(1, 9)}. {h}" if rng.random() < 0.3 else h, None)]))
        for _ in range(rng.randrange(1, 3)):
            if rng.random() < 0.15:
                for _ in range(rng.randrange(2, 4)):
                    body.append(Line([("- " if rng.random() < 0.5 else "• ", None)] +
                                     ctx.sentences("MEMO", 1), ctx.width()))
            else:
                body.append(ctx.paragraph("MEMO", extra=("MINUTES",)))
    b.extend(with_page_breaks(ctx, body))
    if rng.random() < 0.4:
        others = ctx.cast[2:5]
        af = [(_key(rng, "Afgestemd met") + " ", None)]
        for i, o in enumerate(others):
            if i:
                af.append((", ", None))
            af += ctx.mention(o, rng.choice(["full", "init"]))
            if rng.random() < 0.5:
                af += [(" (", None), (rng.choice(lx.DIR_ABBR + lx.AGENCIES[:10]), "ORG"), (")", None)]
        b.add(Line(af, ctx.width()))
    if rng.random() < 0.6:
        b.extend(paraph_table(ctx))
    if rng.random() < 0.3:
        b.line(rng.choice(["Besluit minister", "Beslissing", "Akkoord DG"]))
        b.line(rng.choice(["[ ] akkoord [ ] niet akkoord [ ] besproken", "O akkoord O niet akkoord", "Akkoord / niet akkoord"]))
        if rng.random() < 0.5:
            b.line(("Paraaf: ", None), *ctx.mention(rng.choice(ctx.cast), "paraph"))
    return b


def paraph_table(ctx: Ctx) -> list[Line]:
    rng = ctx.rng
    out: list[Line] = []
    out.append(Line([(rng.choice(["Paraaf", "Parafen", "Paraferingen", "Akkoord"]), None)]))
    hdr = rng.choice([["Naam", "Functie", "Paraaf", "Datum"], ["Functie", "Naam", "Paraaf"],
                      ["Paraaf", "Datum"], None])
    rows = []
    for p in rng.sample(ctx.cast, min(len(ctx.cast), rng.randrange(2, 5))):
        func = [(_cap(p.function), None)]
        name = ctx.mention(p, rng.choice(["init", "full", "sur", "init"]))
        par = ctx.mention(p, "paraph") if rng.random() < 0.7 else []
        date = [(ctx.date(), None)] if rng.random() < 0.7 else []
        if hdr and hdr[0] == "Functie":
            rows.append([func, name, par])
        elif hdr and hdr[0] == "Paraaf":
            rows.append([func, par or name, date])
        else:
            rows.append([name, func, par, date])
    out += table(rng, hdr, rows)
    return out


def letter(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "formal"
    b = Builder(rng)
    S, R = ctx.sender, ctx.recipient
    head: list[Line] = []
    r = rng.random()
    if r < 0.5:
        head.append(Line(ctx.ministry(True)[-1:]))
    elif r < 0.8:
        head.append(Line(ctx.gemeente(True)[-1:] if rng.random() < 0.5 else [(f"Gemeente {ctx.gem}", "ORG")]))
    else:
        head.append(Line([(rng.choice(lx.AGENCIES), "ORG")]))
    if rng.random() < 0.5:
        head.append(Line([("> Retouradres Postbus " + str(rng.randrange(10, 30000)) + " " + ctx.postcode() + " ", None),
                          (ctx.city(), "LOC")]))
    addr: list[Line] = []
    rr = rng.random()
    if rr < 0.55:
        t = nm.honorific(R, rng, cap=True)
        nmv = nm.render(R, rng.choice(["init", "init", "full"]), rng)
        addr.append(Line([(t + " ", None)] + nmv))
        addr.append(Line(ctx.street(number=True)))
        addr.append(Line([(ctx.postcode() + " ", None), (ctx.city().upper() if rng.random() < 0.3 else ctx.city(), "LOC")]))
    elif rr < 0.8:
        o = ctx.org(True)
        addr.append(Line(o[-1:] if o[0][1] is None else o))
        if rng.random() < 0.6:
            addr.append(Line([("t.a.v. ", None)] + ctx.mention(R, rng.choice(["title", "init", "full"]))))
        addr.append(Line([(f"Postbus {rng.randrange(10, 9999)}", None)]))
        addr.append(Line([(ctx.postcode() + " ", None), (ctx.city(), "LOC")]))
    else:
        addr.append(Line([("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", None)]))
        addr.append(Line([("Postbus 20018", None)]))
        addr.append(Line([("2500 EA ", None), ("Den Haag", "LOC")]))
    right: list[Line] = []
    if rng.random() < 0.7:
        right.append(Line([(rng.choice(lx.DIRECTORATES), "ORG")]))
        if rng.random() < 0.5:
            right.append(Line(ctx.street(number=True)))
            right.append(Line([(ctx.postcode() + " ", None), (ctx.city(), "LOC")]))
        if rng.random() < 0.5:
            right.append(Line([("www.rijksoverheid.nl" if rng.random() < 0.5 else "www." + ctx.domain, None)]))
        if rng.random() < 0.6:
            right.append(Line([(rng.choice(["Contactpersoon", "Behandeld door", "Inlichtingen bij"]), None)]))
            right.append(Line(ctx.mention(S if rng.random() < 0.5 else ctx.cast[2], rng.choice(["full", "init", "title"]))))
            right.append(Line([(rng.choice(["T ", "Telefoon ", "T: "]) + ctx.phone(), None)]))
        right.append(Line([("Ons kenmerk " + ctx.kenmerk(), None)]))
        if rng.random() < 0.5:
            right.append(Line([("Uw kenmerk " + (ctx.kenmerk() if rng.random() < 0.5 else ""), None)]))
        if rng.random() < 0.4:
            right.append(Line([("Bijlage(n) " + str(rng.randrange(0, 4)), None)]))
    b.extend(head + merge_columns(rng, addr, right, p_merge=0.35))
    b.line(("Datum " if rng.random() < 0.7 else "", None), (ctx.date(), None))
    b.line(("Betreft " if rng.random() < 0.6 else "Onderwerp: ", None), (rng.choice(lx.SUBJECTS), None))
    g = rng.random()
    if g < 0.55:
        t = "heer" if R.gender == "m" else "mevrouw"
        b.line((f"Geachte {t} ", None), *nm.render(R, "sur", rng, sentence_start=True), (",", None))
    elif g < 0.7:
        b.line(("Geachte ", None), *nm.render(R, "title", rng), (",", None))
    elif g < 0.85:
        b.line((rng.choice(["Geachte heer, mevrouw,", "Geachte voorzitter,", "Geachte heer/mevrouw,", "Geacht college,"]), None))
    else:
        b.line(("Beste ", None), *nm.render(R, "first", rng), (",", None))
    body = []
    for _ in range(rng.randrange(2, 6)):
        body.append(ctx.paragraph("MEMO", extra=("CITIZEN",)))
    b.extend(with_page_breaks(ctx, body))
    b.extend(closing(ctx, S))
    return b


def closing(ctx: Ctx, S: nm.Person) -> list[Line]:
    rng = ctx.rng
    out: list[Line] = []
    out.append(Line([(rng.choice(["Met vriendelijke groet,", "Hoogachtend,", "Met vriendelijke groet", "Vriendelijke groet,",
                                  "Met de meeste hoogachting,"]), None)]))
    r = rng.random()
    if r < 0.3:
        out.append(Line([(f"De {rng.choice(['Minister', 'minister', 'Staatssecretaris', 'staatssecretaris'])} van {rng.choice(lx.MINISTER_OF)},", None)]))
        if rng.random() < 0.6:
            out.append(Line([("namens deze,", None)]))
            if rng.random() < 0.6:
                out.append(Line([(rng.choice(["de directeur ", "het hoofd ", "de plv. directeur ", ""]) +
                                  rng.choice(lx.DIRECTORATES).split(" ", 1)[1] + ",", None)]))
            out.extend(signature(ctx, S, rich=0.2))
        else:
            role, p = ctx.office_holder()
            out.append(Line(nm.render(p, rng.choice(["init", "full"]), rng)))
    elif r < 0.5:
        out.append(Line([(rng.choice(["namens het college van burgemeester en wethouders,", "Burgemeester en wethouders van " + ctx.gem + ",",
                                      "het college van burgemeester en wethouders,"]), None)]))
        if rng.random() < 0.6:
            a, bb = ctx.office_holder()[1], ctx.cast[2]
            out.append(Line([("de secretaris, de burgemeester,", None)]))
            out.append(Line(nm.render(bb, "init", rng) + [(" ", None)] + nm.render(a, "init", rng)))
        else:
            out.extend(signature(ctx, S, rich=0.5))
    else:
        out.extend(signature(ctx, S))
    return out


def header_block(ctx: Ctx, sender: nm.Person, recips: list[nm.Person], cc: list[nm.Person], english: bool) -> list[Line]:
    rng = ctx.rng
    K = {"from": "From:", "sent": "Sent:", "to": "To:", "cc": "Cc:", "subj": "Subject:", "att": "Attachments:"} if english \
        else {"from": "Van:", "sent": "Verzonden:", "to": "Aan:", "cc": rng.choice(["CC:", "Cc:"]), "subj": "Onderwerp:",
              "att": "Bijlagen:"}
    style = rng.random()

    def disp(p: nm.Person) -> list[Piece]:
        r = rng.random()
        if style < 0.45:
            base = nm.render(p, "outlook", rng)
        elif style < 0.8:
            base = nm.render(p, "full", rng)
        else:
            base = nm.render(p, "outlook" if r < 0.5 else "full", rng)
        r2 = rng.random()
        if r2 < 0.25:
            return base + [(" <" + p.email(rng) + ">", None)]
        if r2 < 0.35:
            return [("'", None)] + base + [("'", None)]
        if r2 < 0.45:
            return base + [(" (", None), (p.org, "ORG"), (")", None)]
        if r2 < 0.5:
            return base + [(" - ", None), (p.org, "ORG")]
        if r2 < 0.55:
            return [(p.email(rng), None)]
        if r2 < 0.6:
            return base + [(" [mailto:" + p.email(rng) + "]", None)]
        return base

    def plist(ps):
        out: list[Piece] = []
        for i, p in enumerate(ps):
            if i:
                out.append(("; ", None))
            out += disp(p)
        return out
    out = [Line([(K["from"] + " ", None)] + disp(sender))]
    date = ctx.long_date(english)
    out.append(Line([(K["sent"] + " " + date, None)]))
    out.append(Line([(K["to"] + " ", None)] + plist(recips)))
    if cc:
        out.append(Line([(K["cc"] + " ", None)] + plist(cc)))
    pre = rng.choice(["", "RE: ", "FW: ", "Re: ", "Fwd: ", "RE: RE: ", "Doorgestuurd: ", "AW: "])
    subj = rng.choice(lx.SUBJECTS + [_cap(t) for t in lx.TOPICS])
    out.append(Line([(K["subj"] + " " + pre + subj, None)]))
    if rng.random() < 0.2:
        out.append(Line([(K["att"] + " " + rng.choice(["nota.docx", "Concept brief.pdf", "planning v2.xlsx", "image001.png"]), None)]))
    if rng.random() < 0.15:
        out.append(Line([("Urgentie: Hoog" if not english else "Importance: High", None)]))
    return out


def email(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "informal" if rng.random() < 0.75 else "formal"
    b = Builder(rng)
    if rng.random() < 0.35:   # Outlook print: the printing user's name on top
        b.add(Line(nm.render(rng.choice(ctx.cast[:2]), rng.choice(["outlook", "full"]), rng)))
    english = rng.random() < 0.12
    chain = rng.randrange(1, 4)
    people = ctx.cast
    sender, recip = ctx.sender, ctx.recipient
    for k in range(chain):
        if k:
            b.line(rng.choice(["-----Oorspronkelijk bericht-----", "-----Original Message-----", "________________________________",
                               "Doorgestuurd bericht:", "", "---------- Forwarded message ---------"]))
        recips = [recip] + ([p for p in people[2:4] if rng.random() < 0.3])
        cc = [p for p in people[2:] if rng.random() < 0.25][:3]
        b.extend(header_block(ctx, sender, recips, cc, english))
        ctx_map_R = recip
        ctx.sender, ctx.recipient = sender, ctx_map_R
        g = ctx.fill(rng.choice(ctx_frames_greeting(ctx)))
        body: list[Line] = [Line(g)]
        for _ in range(rng.randrange(1, 4)):
            body.append(ctx.paragraph("MAIL", n=rng.randrange(1, 4), extra=("MEMO",), neg_share=0.15))
        cl = ctx.fill(rng.choice(ctx_frames("MAIL_CLOSE", ctx)))
        body.append(Line(cl))
        if not pieces_text(cl).endswith(tuple(sender.first)) and rng.random() < 0.8:
            body.append(Line(ctx.mention(sender, "first" if rng.random() < 0.6 else "full")))
        if rng.random() < 0.45:
            body.extend(signature(ctx, sender))
        if rng.random() < 0.15:
            body.append(Line([(rng.choice([
                "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen.",
                "Denk aan het milieu voordat u deze e-mail print.",
                "Aan dit bericht kunnen geen rechten worden ontleend."]), None)], ctx.width()))
        b.extend(body)
        sender, recip = recip, sender
        if rng.random() < 0.3:
            sender = people[2 + k % max(1, len(people) - 2)]
    return b


def ctx_frames(register: str, ctx: Ctx) -> list[str]:
    from redactor.train.context import frames_for
    return frames_for(register, ctx.split)


def ctx_frames_greeting(ctx: Ctx) -> list[str]:
    greet = [f for f in ctx_frames("MAIL", ctx) if "{R:" in f and len(f) < 40]
    greet += [f for f in ctx_frames("MAIL2", ctx) if f.endswith(",") and len(f) < 40]
    return greet or ["Hoi {R:first},"]


def chat(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "informal"
    b = Builder(rng)
    style = rng.randrange(4)
    if rng.random() < 0.5:
        b.line(rng.choice(["Teams-chat", "Chatgesprek", "Chat", "WhatsApp-export", "Chatberichten", "Microsoft Teams"]) +
               (" " + ctx.date() if rng.random() < 0.5 else ""))
    members = ctx.cast[:rng.randrange(2, 5)]
    for _ in range(rng.randrange(4, 14)):
        p = rng.choice(members)
        others = [m for m in members if m is not p] or members
        ctx.sender, ctx.recipient = p, rng.choice(others)
        msg = ctx.fill(rng.choice(ctx_frames("CHAT", ctx) + ctx_frames("MAIL", ctx)[:10]))
        t = ctx.time()
        if style == 0:
            b.add(Line(nm.render(p, rng.choice(["full", "outlook"]), rng) + [(" " + t, None)]))
            b.add(Line(msg, ctx.width()))
        elif style == 1:
            b.add(Line([(f"[{t}] ", None)] + nm.render(p, rng.choice(["outlook", "full"]), rng) +
                       ([(" (", None), (p.org, "ORG"), (")", None)] if rng.random() < 0.3 else [])))
            b.add(Line(msg, ctx.width()))
        elif style == 2:
            b.add(Line([(f"{ctx.date()}, {t} - ", None)] + nm.render(p, rng.choice(["first", "full"]), rng) + [(": ", None)] + msg,
                       ctx.width()))
        else:
            b.add(Line(nm.render(p, "first", rng) + [(": ", None)] + msg, ctx.width()))
    return b


def minutes(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "minutes"
    b = Builder(rng)
    meeting = rng.choice(["MT-overleg", "stuurgroep", "projectgroep", "werkgroep", "bewonersavond",
                          "informatieavond", "hoorzitting", "bestuurlijk overleg", "teamoverleg", "regiegroep",
                          "klankbordgroep", "commissie bezwaarschriften", "DT", "driehoeksoverleg"])
    b.line(rng.choice(["Verslag", "Notulen", "Besluitenlijst", "Verslag van het", "Conceptverslag"]) + " " + meeting)
    b.line(("Datum: " if rng.random() < 0.6 else "Datum ", None), (ctx.date(), None))
    if rng.random() < 0.6:
        loc = rng.random()
        if loc < 0.4:
            b.line(("Locatie: ", None), ctx.named_after_person() if rng.random() < 0.3 else (ctx.city(), "LOC"))
        elif loc < 0.7:
            b.line(("Locatie: ", None), (rng.choice(["Teams", "online", "vergaderzaal 3.12", "raadzaal", "stadhuis"]), None))
        else:
            b.line(("Plaats: ", None), *ctx.street(number=True), (", ", None), (ctx.city(), "LOC"))
    present = ctx.cast[:]
    rng.shuffle(present)
    k = rng.randrange(2, len(present)) if len(present) > 2 else len(present)
    aanw, afw = present[:k], present[k:]
    one_per_line = rng.random() < 0.4
    hdr = rng.choice(["Aanwezig:", "Aanwezig", "Aanwezigen:", "Deelnemers:"])
    items: list[list[Piece]] = []
    for i, p in enumerate(aanw):
        it = ctx.mention(p, rng.choice(["full", "full", "init", "title", "academic"]))
        r = rng.random()
        if i == 0 and r < 0.5:
            it += [(" (voorzitter)", None)]
        elif r < 0.3:
            o = ctx.org()
            it += [(" (", None)] + o[-1:] + [(")", None)]
        elif r < 0.5:
            it += [(f" ({p.function})", None)] if rng.random() < 0.5 else [(f", {p.function}", None)]
        elif r < 0.55:
            it += [(" (notulist)", None)]
        items.append(it)
    if rng.random() < 0.3:
        role, oh = ctx.office_holder()
        items.insert(0, [(role + " ", None)] + nm.render(oh, "full", rng))
    if one_per_line:
        b.line(hdr)
        for it in items:
            b.add(Line(it))
    else:
        line: list[Piece] = [(hdr + " ", None)]
        for i, it in enumerate(items):
            if i:
                line.append((", ", None))
            line += it
        b.add(Line(line, ctx.width()))
    if afw:
        line = [(rng.choice(["Afwezig: ", "Afwezig met bericht: ", "Afgemeld: "]), None)]
        for i, p in enumerate(afw):
            if i:
                line.append((", ", None))
            line += ctx.mention(p, rng.choice(["full", "init", "sur"]))
        b.add(Line(line, ctx.width()))
    if rng.random() < 0.4:
        b.line(("Notulist: ", None), *ctx.mention(rng.choice(ctx.cast), rng.choice(["full", "first", "init"])))
    agenda = ["Opening en mededelingen", "Vaststellen verslag", "Stand van zaken", "Planning", "Financiën",
              "Communicatie", "Rondvraag en sluiting", "Terugkoppeling", "Risico's", "Voortgang project",
              "Ingekomen stukken", "Bezwaar", "Vragen van bewoners", "Toelichting"]
    body: list[Line] = []
    for i, item in enumerate(rng.sample(agenda, rng.randrange(2, 6))):
        body.append(Line([(f"{i + 1}. {item}" if rng.random() < 0.7 else item, None)]))
        for _ in range(rng.randrange(1, 3)):
            body.append(ctx.paragraph("MINUTES", extra=("MEMO",), neg_share=0.15))
    b.extend(with_page_breaks(ctx, body))
    if rng.random() < 0.75:
        b.line(rng.choice(["Actiepunten", "Actielijst", "Acties", "ACTIEPUNTEN"]))
        hdr = rng.choice([["Nr", "Actie", "Wie", "Wanneer"], ["Nr.", "Omschrijving", "Actiehouder", "Gereed"],
                          ["Actie", "Wie", "Datum"], ["#", "Actie", "Eigenaar", "Status"], None])
        rows = []
        for n in range(rng.randrange(2, 7)):
            who_p = rng.choice(ctx.cast)
            who = ctx.mention(who_p, rng.choices(["paraph", "first", "sur", "init"], weights=[6, 2, 2, 1])[0])
            if rng.random() < 0.15:
                who = who + [("/", None)] + ctx.mention(rng.choice(ctx.cast), "paraph")
            if rng.random() < 0.1:
                who = [(rng.choice(["allen", "secretariaat", "MT", "iedereen"]), None)]
            act_frame = rng.choice(ACTIONS)
            act = ctx.fill(act_frame)
            when = [(rng.choice([ctx.date(), "z.s.m.", "volgend overleg", "Q" + str(rng.randrange(1, 5)), "doorlopend", "gereed", "loopt"]), None)]
            row = [[(str(rng.randrange(1, 40)) + ("." if rng.random() < 0.3 else ""), None)]] if hdr and hdr[0] in ("Nr", "Nr.", "#") else []
            rows.append(row + [act, who, when])
        b.extend(table(rng, hdr, rows, overflow=0.2))
    return b


ACTIONS = [
    "Reactie opstellen op brief {FOUND}", "Afstemmen met {PROV}", "Notitie rondsturen", "Planning actualiseren",
    "Contact opnemen met {ORG}", "Agenderen voor het volgende overleg", "Uitnodiging versturen",
    "Cijfers opvragen bij {AGENCY}", "Terugkoppeling aan {B:sur}", "Brief aan bewoners {STREET}",
    "Overleg plannen met {A:full}", "Offerte opvragen bij {COMPANY}", "Verslag aanpassen",
    "Navragen bij {GEM}", "Concept beantwoording Kamervragen", "Risicoanalyse afronden",
    "Presentatie voorbereiden", "Communicatieplan opstellen", "Evaluatie pilot {CITY}",
]


def phone_note(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "formal"
    b = Builder(rng)
    caller, taker = ctx.cast[1], ctx.cast[0]
    b.line(rng.choice(["Telefoonnotitie", "Gespreksnotitie", "Telefoonnotitie KCC", "TELEFOONNOTITIE", "Notitie telefoongesprek"]))
    if rng.random() < 0.6:
        b.line(f"Datum: {ctx.date()} Tijd: {ctx.time()}")
    else:
        b.line(f"Datum: {ctx.date()}")
        b.line(f"Tijd: {ctx.time()}")
    b.line((rng.choice(["Gesproken met: ", "Beller: ", "Naam beller: ", "Gebeld door: "]), None),
           *ctx.mention(caller, rng.choice(["title", "full", "title", "init"])))
    if rng.random() < 0.3:
        b.line(("Namens: ", None), *ctx.org())
    if rng.random() < 0.7:
        b.line(rng.choice(["Telefoonnummer: ", "Tel.: ", "Terugbelnummer: "]) + ctx.phone())
    if rng.random() < 0.5:
        b.line(("Adres: ", None), *ctx.street(number=True), (", " + ctx.postcode() + " ", None), (ctx.city(), "LOC"))
    if rng.random() < 0.3:
        b.line("E-mail: " + caller.email(rng, rng.choice(lx.MAIL_DOMAINS_PRIV)))
    if rng.random() < 0.3:
        b.line("Zaaknummer: " + ctx.kenmerk())
    b.line(rng.choice(["Onderwerp: ", "Betreft: "]) + rng.choice(lx.SUBJECTS + [_cap(t) for t in lx.TOPICS]))
    if rng.random() < 0.6:
        b.line(rng.choice(["Notitie:", "Inhoud gesprek:", "Toelichting:", "Samenvatting:"]))
    ctx.cast = [c for c in ctx.cast]
    for _ in range(rng.randrange(1, 3)):
        b.add(ctx.paragraph("PHONE", extra=("CITIZEN",), neg_share=0.1))
    if rng.random() < 0.5:
        b.line(rng.choice(["Terugbelverzoek: ja", "Terugbellen: nee", "Actie: terugbellen", "Afgehandeld: ja"]))
    b.line((rng.choice(["Aangenomen door: ", "Genoteerd door: ", "Behandelaar: ", "Medewerker: "]), None),
           *ctx.mention(taker, rng.choice(["paraph", "first", "full", "init"])))
    if rng.random() < 0.4:
        b.line(("Doorgezet naar: ", None), *ctx.mention(ctx.cast[2], rng.choice(["full", "first"])),
               (" (" + rng.choice(lx.TEAMS) + ")", None))
    return b


def citizen_letter(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "formal"
    b = Builder(rng)
    S = ctx.sender
    ctx.sender = S
    top: list[Line] = [Line(ctx.mention(S, rng.choice(["full", "init", "full"])))]
    top.append(Line(ctx.street(number=True)))
    top.append(Line([(ctx.postcode() + " ", None), (ctx.city(), "LOC")]))
    if rng.random() < 0.5:
        top.append(Line([(rng.choice(["Tel: ", "Telefoon: ", "", "tel. "]) + ctx.phone(), None)]))
    if rng.random() < 0.4:
        top.append(Line([(S.email(rng, rng.choice(lx.MAIL_DOMAINS_PRIV)), None)]))
    b.extend(top)
    to: list[Line] = []
    o = ctx.org(True) if rng.random() < 0.5 else ctx.gemeente(True)
    to.append(Line([("Aan ", None)] + o if o[0][1] is None else [("Aan ", None)] + o))
    if rng.random() < 0.5:
        to.append(Line([("t.a.v. ", None)] + (ctx.mention(ctx.recipient, rng.choice(["title", "full"]))
                                               if rng.random() < 0.5 else [("de " + rng.choice(lx.FUNCTIONS), None)])))
    to.append(Line([(f"Postbus {rng.randrange(10, 9999)}", None)]))
    to.append(Line([(ctx.postcode() + " ", None), (ctx.city(), "LOC")]))
    b.extend(to)
    b.line((ctx.city(), "LOC"), (", " + ctx.date(), None)) if rng.random() < 0.6 else b.line(ctx.date())
    b.line(rng.choice(["Betreft: ", "Onderwerp: ", "Inzake: "]) + rng.choice(["bezwaar", "klacht", "schadeclaim",
                                                                              "verzoek om informatie", "parkeerboete",
                                                                              "overlast", "aanvraag", "beslissing op aanvraag"]))
    b.line(rng.choice(["Geachte heer, mevrouw,", "Geachte heer/mevrouw,", "Geachte dames en heren,", "Beste meneer/mevrouw,",
                       "Geacht college,"]))
    for _ in range(rng.randrange(2, 6)):
        b.add(ctx.paragraph("CITIZEN", extra=("PHONE",), neg_share=0.1))
    b.line(rng.choice(["Met vriendelijke groet,", "Hoogachtend,", "Met vriendelijke groeten,", "Groeten,"]))
    b.add(Line(ctx.mention(S, rng.choice(["full", "init", "full"]))))
    if rng.random() < 0.3:
        b.line("Bijlagen: " + rng.choice(["foto's", "kopie boete", "verklaring buurman", "offerte herstel"]))
    return b


def news(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "news"
    b = Builder(rng)
    b.line(rng.choice(["Persbericht", "PERSBERICHT", "Nieuwsbericht", "Nieuws", ""]) +
           (" " + ctx.date() if rng.random() < 0.4 else ""))
    b.add(Line([(_cap(rng.choice(lx.TOPICS)), None)]))
    first = ctx.sentences("NEWS", rng.randrange(1, 3))
    if rng.random() < 0.5:
        first = [(ctx.city().upper() if rng.random() < 0.3 else ctx.city(), "LOC"), (" - ", None)] + first
    b.add(Line(first, ctx.width()))
    for _ in range(rng.randrange(1, 5)):
        b.add(ctx.paragraph("NEWS", extra=("MEMO",), neg_share=0.2))
    if rng.random() < 0.5:
        b.line("Noot voor de redactie")
        b.add(Line([("Voor meer informatie kunt u contact opnemen met ", None)] + ctx.mention(ctx.cast[2], "full") +
                   [(", " + rng.choice(["woordvoerder", "persvoorlichter", "communicatieadviseur"]) + ", via " + ctx.phone() + ".", None)],
                   ctx.width()))
    return b


def besluit(ctx: Ctx) -> Builder:
    rng = ctx.rng
    ctx.register = "formal"
    b = letter(ctx)
    b.line(rng.choice(["Inventarislijst", "Bijlage 1 - Inventarislijst", "Documentenlijst"]))
    hdr = rng.choice([["Nr.", "Datum", "Document", "Beoordeling", "Weigeringsgrond"], ["Nr", "Omschrijving", "Besluit", "Grond"],
                      ["Documentnr.", "Titel", "Openbaarmaking", "Artikel"]])
    rows = []
    for n in range(rng.randrange(3, 10)):
        kind = rng.choice(["E-mail", "Nota", "Verslag", "Brief", "Chatbericht", "Memo", "Presentatie", "Notitie"])
        desc: list[Piece] = [(f"{kind} ", None)]
        rr = rng.random()
        if rr < 0.4:
            desc += [("van ", None)] + ctx.org()[-1:] + [(" aan ", None)] + ctx.org()[-1:]
        elif rr < 0.55:
            desc += [("over " + rng.choice(lx.TOPICS), None)]
        elif rr < 0.65:
            desc += [("van ", None)] + nm.render(ctx.office_holder()[1], "sur", rng, sentence_start=True)
        else:
            desc += [("inzake " + rng.choice(lx.TOPICS), None)]
        grond = rng.choice(["5.1.2e", "5.1.2e, 5.2.1", "5.1.1c", "-", "5.1.2i", "5.1.2e en 5.1.2i"])
        beoordeling = rng.choice(["Deels openbaar", "Openbaar", "Niet openbaar", "Reeds openbaar"])
        rows.append([[(str(n + 1), None)], [(ctx.date(), None)], desc, [(beoordeling, None)], [(grond, None)]])
    b.extend(table(rng, hdr, rows, overflow=0.2))
    return b


def sentences_doc(ctx: Ctx) -> Builder:
    """Loose paragraphs of mixed registers (covers text outside any fixed layout)."""
    rng = ctx.rng
    b = Builder(rng)
    for _ in range(rng.randrange(2, 7)):
        reg = rng.choice(["MEMO", "MAIL", "MINUTES", "NEWS", "CITIZEN", "PHONE", "NEG"])
        ctx.register = {"MAIL": "informal", "MINUTES": "minutes", "NEWS": "news"}.get(reg, "formal")
        b.add(ctx.paragraph(reg, neg_share=0.2))
    return b


DOC_TYPES = [
    (memo, 17), (letter, 13), (email, 22), (chat, 6), (minutes, 13), (phone_note, 5),
    (citizen_letter, 8), (news, 9), (besluit, 3), (sentences_doc, 4),
]


def generate(rng: random.Random, split: str = "train", with_inserted: bool = False):
    ctx = Ctx(rng, split)
    fns = [f for f, _ in DOC_TYPES]
    fn = rng.choices(fns, weights=[w for _, w in DOC_TYPES])[0]
    b = fn(ctx)
    text, spans = b.build(blank_prob=0.15 if rng.random() < 0.3 else 0.0)
    if with_inserted:
        return text, spans, list(b.inserted)
    return text, spans
