"""Wire agencies and photo agencies: canonical short name, full name, other spellings.

Datelines, bylines and photo credits all resolve agency names through this one table
(:meth:`copydesk.Lexicon.agency`), so ``"Associated Press"``, ``"AP"`` and ``"(AP)"`` all
come back as ``"AP"``. Matching ignores case, so ``"REUTERS"`` and ``"Reuter"`` (1980s sign-off)
resolve too.
"""

from __future__ import annotations

#: ``(code, full name, aliases)``: the code is what models report.
AGENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("AP", "Associated Press", ("The Associated Press", "AP Photo", "Associated Press Writer")),
    ("Reuters", "Reuters", ("Thomson Reuters", "Reuter", "Reuters Life!")),
    ("AFP", "Agence France-Presse", ("Agence France Presse", "AFP Photo", "France-Presse")),
    ("UPI", "United Press International", ()),
    ("Bloomberg", "Bloomberg News", ("Bloomberg",)),
    ("dpa", "Deutsche Presse-Agentur", ("Deutsche Presse Agentur",)),
    ("Xinhua", "Xinhua News Agency", ("Xinhua", "Xinhuanet", "New China News Agency")),
    ("PTI", "Press Trust of India", ()),
    ("IANS", "Indo-Asian News Service", ("Indo Asian News Service",)),
    ("ANI", "Asian News International", ()),
    ("UNI", "United News of India", ()),
    ("EFE", "Agencia EFE", ("EFE",)),
    ("Kyodo", "Kyodo News", ("Kyodo",)),
    ("Jiji", "Jiji Press", ("Jiji",)),
    ("Yonhap", "Yonhap News Agency", ("Yonhap", "NNN-YONHAP")),
    ("TASS", "TASS Russian News Agency", ("ITAR-TASS", "TASS")),
    ("RIA Novosti", "RIA Novosti", ("RIA", "Sputnik")),
    ("Interfax", "Interfax", ()),
    ("ANSA", "Agenzia Nazionale Stampa Associata", ("ANSA",)),
    ("AA", "Anadolu Agency", ("Anadolu", "Anadolu Ajansi")),
    ("Bernama", "Bernama", ("Malaysian National News Agency", "BERNAMAPIC")),
    ("Lusa", "Agência Lusa", ("Lusa",)),
    ("NNN", "Non-Aligned News Network", ()),
    ("PA", "Press Association", ("PA Media", "PA Images", "PA Wire")),
    ("EPA", "European Pressphoto Agency", ("EPA-EFE", "EPA/EFE")),
    ("CP", "The Canadian Press", ("Canadian Press",)),
    ("AAP", "Australian Associated Press", ()),
    ("NZPA", "New Zealand Press Association", ()),
    ("APA", "Austria Presse Agentur", ()),
    ("KNA", "Katholische Nachrichten-Agentur", ()),
    ("Belga", "Belga News Agency", ("Belga",)),
    ("ANP", "Algemeen Nederlands Persbureau", ()),
    ("SDA", "Schweizerische Depeschenagentur", ("Keystone-SDA",)),
    ("TT", "Tidningarnas Telegrambyrå", ()),
    ("NTB", "Norsk Telegrambyrå", ()),
    ("Ritzau", "Ritzau", ()),
    ("STT", "Suomen Tietotoimisto", ()),
    ("CTK", "Czech News Agency", ("ČTK",)),
    ("PAP", "Polish Press Agency", ()),
    ("MTI", "Hungarian News Agency", ()),
    ("Agerpres", "Agerpres", ()),
    ("BTA", "Bulgarian News Agency", ()),
    ("HINA", "Croatian News Agency", ()),
    ("Tanjug", "Tanjug", ()),
    ("ANA-MPA", "Athens-Macedonian News Agency", ("ANA",)),
    ("Ukrinform", "Ukrinform", ()),
    ("Belta", "Belarusian Telegraph Agency", ("BelTA",)),
    ("IRNA", "Islamic Republic News Agency", ()),
    ("WAM", "Emirates News Agency", ()),
    ("SPA", "Saudi Press Agency", ()),
    ("KUNA", "Kuwait News Agency", ()),
    ("QNA", "Qatar News Agency", ()),
    ("MENA", "Middle East News Agency", ()),
    ("APS", "Algérie Presse Service", ()),
    ("MAP", "Maghreb Arabe Presse", ()),
    ("WAFA", "Palestinian News and Info Agency", ()),
    ("NAN", "News Agency of Nigeria", ()),
    ("KNA-Kenya", "Kenya News Agency", ()),
    ("SAPA", "South African Press Association", ()),
    ("News24 Wire", "News24 Wire", ()),
    ("CNA", "Central News Agency", ("Focus Taiwan",)),
    ("KCNA", "Korean Central News Agency", ()),
    ("VNA", "Vietnam News Agency", ()),
    ("PNA", "Philippine News Agency", ()),
    ("Antara", "Antara News Agency", ("Antara",)),
    ("APP", "Associated Press of Pakistan", ()),
    ("BSS", "Bangladesh Sangbad Sangstha", ()),
    ("RSS", "Rastriya Samachar Samiti", ()),
    ("CNS", "China News Service", ()),
    ("Prensa Latina", "Prensa Latina", ()),
    ("Notimex", "Notimex", ()),
    ("Telam", "Télam", ("Télam",)),
    ("Agencia Brasil", "Agência Brasil", ("Agência Brasil",)),
    ("CNN", "Cable News Network", ("CNN", "CNN Business")),
    ("Getty Images", "Getty Images", ("Getty",)),
    ("Shutterstock", "Shutterstock", ("Rex/Shutterstock", "REX Shutterstock")),
    ("Alamy", "Alamy", ()),
    ("SOPA Images", "SOPA Images", ()),
)

#: Codes of the built-in agencies whose name alone credits a photo (``[EPA]``, ``(Getty
#: Images)``, a line reading ``Getty Images``). The others are cited as a story's source in
#: the same brackets (``... a massive clean. [CNN]``). An agency added with
#: :meth:`copydesk.Lexicon.add_agency` credits a photo alone too.
PHOTO_CREDIT_AGENCIES: tuple[str, ...] = (
    *("AP", "Reuters", "AFP", "EPA", "PA", "AAP", "Xinhua"),
    *("Getty Images", "Shutterstock", "Alamy"),
)
