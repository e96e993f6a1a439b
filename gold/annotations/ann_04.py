A = {}
A["wn-2020-079"] = dict(actors=[
    ("Sviatlana Tsikhanouskaya", "BLROPP"), ("ministry of internal affairs of Belarus", "BLRGOV"), ("Vyasna", "BLRNGO"),
    ("Alexander Lukashenko", "BLRGOV"), ("Maria Kalesnikava", "BLROPP"), ("Viktar Babaryka", "BLROPP"),
    ("Belarusian KGB", "BLRSPY"), ("33 Russian individuals", "RUS")],
  events=[
    ("BLROPP", "BLRGOV", "141", "held a rally in Minsk, Belarus", "rally", {"date": "2020-07-30", "place": "Minsk"}),
    ("BLRGOV", "BLROPP", "173", "her husband Siarhei, who was arrested in May", "arrested", {"date": "2020-05"}),
    ("BLROPP", "BLR", "034", "promised to conduct new completely fair elections and hold", "promised", {"modality": "future"}),
    ("BLRGOV", "BLROPP", "173", "Viktar Babaryka, who was arrested and banned from the election", "arrested"),
    ("BLRGOV", "BLROPP", "1722", "Viktar Babaryka, who was arrested and banned from the election", "banned"),
    ("BLRSPY", "RUS", "173", "Belarusian KGB arrested 33 Russian individuals, claiming them", "arrested", {"date": "2020-07-29"}),
    ("BLRSPY", "RUS", "112", "claiming them to be mercenaries, who allegedly were preparing", "claiming"),
    ("BLRGOV", None, "151", "The government strengthened security measures during the rally", "strengthened security measures", {"date": "2020-07-30", "place": "Minsk"}),
  ])
A["wn-2020-084"] = dict(actors=[
    ("Alexei Navalny", "RUSOPP"), ("Vladimir Putin", "RUSGOV"), ("Cinema for Peace Foundation", "DEUNGO"), ("Charité", "DEUHLH")],
  events=[
    ("DEUNGO", "RUSOPP", "073", "Cinema for Peace Foundation, a Berlin-based non-profit, provided", "provided for the medical evacuation", {"date": "2020-08-22"}),
  ])
A["wn-2020-090"] = dict(actors=[
    ("the German government", "DEUGOV"), ("Alexei Navalny", "RUSOPP"), ("Angela Merkel", "DEUGOV"),
    ("The Russian government", "RUSGOV"), ("Vladimir Putin", "RUSGOV"), ("Cinema for Peace Foundation", "DEUNGO")],
  events=[
    (None, "RUSOPP", "185", "Russian opposition leader Alexei Navalny was poisoned with Novichok", "poisoned", {"date": "2020-08"}),
    ("DEUGOV", None, "111", "The spokesperson for the German government strongly condemned", "condemned", {"date": "2020-09-02"}),
    ("DEUGOV", "RUSGOV", "101", "Angela Merkel, the Chancellor of Germany, demanded an explanation", "demanded", {"date": "2020-09-02"}),
    ("RUSGOV", "DEUGOV", "016", "The Russian government dismissed the claim from Berlin as groundless", "dismissed"),
    ("DEUNGO", "RUSOPP", "073", "before he was airlifted by Berlin non-profit Cinema for Peace", "airlifted", {"date": "2020-08"}),
  ])
A["wn-2020-110"] = dict(actors=[
    ("the Tuskish government", "TURGOV"), ("Turkey's Disaster and Emergency Management Presidency", "TURGOV"),
    ("US Geological Survey", "USAGOV")],
  events=[
    ("TURGOV", "GRCGOV", "041", "the leaders of the two countries spoke by telephone on Friday night", "spoke by telephone", {"date": "2020-10-30", "symmetric": True}),
    ("TURGOV", "GRCGOV", "0333", "publicly expressed their willingness to help each other", "willingness to help"),
    ("GRCGOV", "TURGOV", "0333", "publicly expressed their willingness to help each other", "willingness to help"),
  ])
C = ["DEUCOP", "KORCOP", "GBRCOP", "USACOP"]
A["wn-2019-145"] = dict(actors=[
    ("Jong Woo Son", "KORCRM"), ("United States Department of Justice", "USAJUD"), ("Jessie K. Liu", "USAJUD"),
    ("Nikki Holland", "GBRCOP"), ("National Crime Agency", "GBRCOP"), ("South Korea's National Police Agency", "KORCOP")],
  events=
    [("GBRCOP", "---CRM", "173", "announced that 337 suspected users in 38 countries were arrested", "arrested", {"date": "2019-10-16"}),
     ("USACOP", "---CRM", "173", "announced that 337 suspected users in 38 countries were arrested", "arrested", {"date": "2019-10-16"})] +
    [(C[i], C[j], "063", "were part of the international task force", "task force", {"symmetric": True})
     for i in range(4) for j in range(i + 1, 4)] +
    [("---COP", "KORCRM", "1711", "Authorities shuttered and seized the site in March 2018", "seized", {"date": "2018-03"}),
     ("USAJUD", "KORCRM", "173", "United States Department of Justice unsealed further charges", "charges", {"date": "2019-10-16"}),
     ("GBRCOP", "---CRM", "091", "It was the NCA's investigation of Matthew Falder which led", "investigation"),
     ("KORCOP", "KORCRM", "173", "Jong was arrested in March, 2018, but South Korea's National Police", "arrested", {"date": "2018-03"})])
