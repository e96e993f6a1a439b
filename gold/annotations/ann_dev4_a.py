# Dev split 4, annotator A: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2019-011"] = dict(split="dev4", actors=[
    ("An individual", "POLCRM", "An individual has been arrested"), ("Paweł Adamowicz", "POLGOV"),
    ("mayor of the Polish city of Gdańsk", "POLGOV"), ("Łukasz Szumowski", "POLGOV", "—Łukasz Szumowski"),
    ("The attacker", "POLCRM"), ("Civic Platform", "POLOPP", "former party Civic Platform"),
    ("Ex-Prime Minister Donald Tusk", "IGOEUREEC"), ("the European Council", "IGOEUREEC"),
    ("Tusk", "IGOEUREEC", "Tusk, a founding"), ("Interior Minister Joachim Brudziński", "POLGOV"),
    ("Brudziński", "POLGOV", "Brudziński said Adamowicz"), ("TVN24", "POLMED"),
    ("Prime Minister Mateusz Morawiecki", "POLGOV"), ("President Andrzej Duda", "POLGOV"),
    ("Duda", "POLGOV", "Duda told local"), ("local media", "POLMED", "Duda told local media"),
    ("Police spokesman Mariusz Ciarka", "POLCOP"), ("the assailant", "POLCRM"), ("The Guardian", "GBRMED"),
    ("Associated Press", "USAMED"), ("'Stefan W'", "POLCRM"), ("the Medical University of Gdańsk", "POLEDU"),
    ("Dr. Tomasz Stefaniak", "POLHLH"), ("Stefaniak", "POLHLH", "Stefaniak said"), ("Politicians", "POLGOV", "Politicians and the Archbishop"),
    ("the Archbishop of Gdańsk, Sławoj Leszek Głódź", "POLREL"), ("local media", "POLMED", "reported by local media to have"),
    ("Health Minister Łukasz Szumowski", "POLGOV"), ("Gdańsk residents", "POLCVL"), ("volunteers", "POLCVL"),
    ("Stefan W", "POLCRM", "against Stefan W"), ("Prosecutor Krzysztof Sierak", "POLJUD"), ("Stefan W", "POLCRM", "if Stefan W is fit")],
  events=[
    ("POLCRM", "POLGOV", "186", "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed", "stabbed", {"date": "2019-01-13", "place": "Gdańsk", "note": "the mayor was stabbed on stage and died; a knife attack on a politician (180 for knives if not read as assassination)"}),
    (None, "POLCRM", "173", "An individual has been arrested after Paweł Adamowicz", "arrested", {"note": "passive with no agent"}),
    ("POLCRM", "POLOPP", "112", "claimed he was wrongfully imprisoned under Adamowicz's former party", "claimed", {"date": "2019-01-13", "place": "Gdańsk", "note": "Civic Platform, the former governing party, is now in opposition"}),
    ("IGOEUREEC", "POLGOV", "018", "wrote \"Let's all pray for Mayor Adamowicz.", "pray", {"note": "Tusk as President of the European Council"}),
    ("POLGOV", "POLCRM", "111", "called the stabbing \"an act of inexplicable barbarity.\"", "barbarity", {"note": "the interior minister condemns the attack (its author)"}),
    ("POLGOV", "POLGOV", "018", "tweeted \"We are with Mayor Adamowicz in our thoughts and prayers.\"", "thoughts and prayers", {"note": "the prime minister's tweet and President Duda's words (same codes)"}),
  ])
A["wn-2019-049"] = dict(split="dev4", actors=[
    ("California's Riverside County criminal court", "USAJUD"), ("Judge Bernard Schwartz", "USAJUD"),
    ("David and Louise Turpin", "USACVL"), ("their thirteen children", "USACVL"), ("the Turpins", "USACVL", "the Turpins had kept"),
    ("The children", "USACVL", "The children were banned"), ("The judge presiding over the case, Bernard Schwartz", "USAJUD"),
    ("Schwartz", "USAJUD", "Schwartz went on"), ("both parents", "USACVL"), ("David Turpin", "USACVL", "David Turpin, alone"),
    ("The father", "USACVL"), ("The mother", "USACVL"), ("One of the children", "USACVL"),
    ("The two parents", "USACVL"), ("one of their daughters", "USACVL"), ("The Turpins", "USACVL", "The Turpins are scheduled")],
  events=[
    ("USAJUD", "USACVL", "173", "Judge Bernard Schwartz sentenced David and Louise Turpin to life", "sentenced", {"date": "2019-04-19", "place": "California's Riverside County criminal court"}),
    ("USACVL", "USACVL", "1822", "for torturing all but the youngest of their thirteen children", "torturing", {"note": "the parents tortured and imprisoned their children at home"}),
    ("USAJUD", "USACVL", "111", "You have severed the ability to interact and raise your children", "severed", {"date": "2019-04-19"}),
    ("USACVL", "USAJUD", "015", "by pleading guilty to fourteen felony charges each", "pleading guilty"),
    (None, "USACVL", "173", "David Turpin, alone, was also charged with making false statements", "charged", {"note": "passive with no agent; the torture charges are the same codes"}),
    ("USACVL", "USACVL", "055", "hug them and tell them I'm sorry.", "sorry", {"date": "2019-04-19", "note": "the mother's apology to her children"}),
    ("USACVL", "USACVL", "056", "still love their parents and had partially forgiven them", "forgiven", {"date": "2019-04-19"}),
    (None, "USACVL", "173", "The two parents were arrested in January of last year", "arrested", {"date": "2018-01", "note": "passive with no agent"}),
  ])
