# Dev split, annotator C: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2019-002"] = dict(split="dev", actors=[
    ("authorities", "POLGOV"), ("President Andrzej Duda", "POLGOV"), ("the victims", "POLCVL", "said the victims were"),
    ("Interior Minister Joachim Brudziński", "POLGOV"), ("State Fire Brigade", "POLGOV"),
    ("the families of the victims", "POLCVL"), ("Duda", "POLGOV", "Duda also characterised"),
    ("Tomasz Kubiak", "POLGOV"), ("Agence France-Presse", "FRAMED"), ("Police press officer Monika Kosiec", "POLCOP"),
    ("police", "POLCOP", "stated police believe"), ("Kosiec", "POLCOP", "Kosiec revealed"),
    ("police", "POLCOP", "police have been unable"), ("State press agency PAP", "POLMED"), ("Brudzinski", "POLGOV"),
    ("Mayor of Koszalin Piotr Jedlinski", "POLGOV")],
  events=[
    ("POLGOV", "POLBUS", "090", "authorities are performing checks on all the nation's escape rooms", "performing checks", {"note": "the same checks Brudziński says he ordered from the State Fire Brigade"}),
    ("POLGOV", "POLCVL", "018", "President Andrzej Duda said the victims were \"joyful girls", "appalling tragedy"),
    ("POLGOV", "POLCVL", "018", "I want to express my sympathy and regrets to the families", "sympathy"),
  ])
A["wn-2019-012"] = dict(split="dev", actors=[
    ("local press", "IRNMED"), ("the Iranian military", "IRNMIL"), ("local media", "IRNMED"), ("Revolutionary Guards", "IRNMIL"),
    ("State media", "IRNMED"), ("The army", "IRNMIL", "The army said the plane"), ("Fars News", "IRNMED"),
    ("the army", "IRNMIL", "the army said. Press"), ("Press TV", "IRNMED"),
    ("The Aviation Herald", "AUTMED", "The Aviation Herald reported"), ("The industry publication", "AUTMED"),
    ("Air Force", "IRNMIL", "cited the Air Force"), ("Saha Airlines", "IRNBUS"),
    ("The Aviation Herald", "AUTMED", "according to The Aviation Herald"), ("The Centre for Aviation", "---BUS"),
    ("Saha", "IRNBUS", "lists Saha as"), ("Air Force", "IRNMIL", "belonging to the Air Force"), ("Airfleets", "---BUS"),
    ("The Aviation Herald", "AUTMED", "The Aviation Herald states"), ("Wikinews", "---MED", "Wikinews contacted"),
    ("Boeing", "USABUS", "contacted Boeing in"), ("Boeing", "USABUS", "Boeing did not release"),
    ("Wikinews", "---MED", "telling Wikinews"), ("the company", "USABUS"),
    ("the families and friends of those lost", "IRNCVL"), ("Boeing", "USABUS", "Boeing referred to")],
  events=[
    ("USABUS", "IRNCVL", "018", "extends its profound condolences to the families and friends", "condolences"),
  ])
A["wn-2019-025"] = dict(split="dev", actors=[
    ("rescuers", "RUSGOV"), ("Police", "RUSCOP"), ("the driver", "RUSCVL", "criminal case against the driver"),
    ("the mayor of Yartsevo", "RUSGOV"), ("Interfax", "RUSMED"), ("Local officials", "RUSGOV"),
    ("Agence France-Presse", "FRAMED"), ("The Emergency Situations Ministry", "RUSGOV", "The Emergency Situations Ministry stated"),
    ("Officials", "RUSGOV"), ("The Emergencies Ministry", "RUSGOV"), ("drivers", "RUSCVL", "called on drivers"),
    ("people", "RUSCVL", "urged people to"),
    ("The Emergency Situations Ministry", "RUSGOV", "The Emergency Situations Ministry further"),
    ("the driver", "RUSCVL", "suggested the driver")],
  events=[
    ("RUSCOP", "RUSCVL", "173", "Police have opened a criminal case against the driver", "detained", {"note": "criminal case and detention: one event"}),
    ("RUSGOV", "RUSCVL", "020", "has, in a statement, called on drivers to \"not forget", "called on", {"note": "the 'urged people' of the next sentence is the same appeal"}),
  ])
A["wn-2019-035"] = dict(split="dev", actors=[
    ("attorneys general from sixteen states", "USAGOV"), ("United States President Donald Trump", "USAGOV"),
    ("Trump", "USAGOV", "claims Trump's declaration"), ("the states filing suit", "USAGOV"),
    ("Congress", "USALEG", "only Congress may"), ("U.S. District Court for Northern District of California", "USAJUD"),
    ("Trump", "USAGOV", "Trump's state of emergency appears"), ("Al Jazeera", "QATMED"),
    ("President Trump", "USAGOV", "\"President Trump treats"), ("California Attorney General Xavier Becerra", "USAGOV"),
    ("Becerra", "USAGOV", "Becerra is joined"), ("attorneys general from Maine", "USAGOV"),
    ("President Trump", "USAGOV", "On Friday, President Trump"), ("Congress", "USALEG", "Congress has repeatedly"),
    ("congressional leaders", "USALEG"), ("the president", "USAGOV", "leaders and the president"),
    ("Congress", "USALEG", "On Friday, Congress approved"), ("the president", "USAGOV", "as the president had requested"),
    ("an environmental group", "USAENV"), ("private property owners", "USACVL")],
  events=[
    ("USAGOV", "USAGOV", "115", "attorneys general from sixteen states filed a combined lawsuit", "lawsuit", {"date": "2019-02-18", "place": "Northern District of California"}),
    ("USAGOV", None, "1724", "the state of emergency United States President Donald Trump declared", "declared", {"date": "2019-02-15"}),
    ("USAGOV", "USAGOV", "111", "President Trump treats the rule of law with utter contempt", "utter contempt"),
    ("USALEG", "USAGOV", "120", "Congress has repeatedly denied funding for such a wall", "denied funding"),
    ("USAENV", "USAGOV", "115", "an environmental group and private property owners from the border", "filed a motion", {"date": "2019-02-15"}),
    ("USACVL", "USAGOV", "115", "an environmental group and private property owners from the border", "filed a motion", {"date": "2019-02-15"}),
  ])
A["wn-2019-054"] = dict(split="dev", actors=[
    ("Governor of Tyumen Oblast", "RUSGOV"), ("Federal Center for Neurosurgery", "RUSHLH"), ("Wikinews", "---MED"),
    ("First Moscow State Medical University", "RUSEDU"), ("First MSMU", "RUSEDU", "University (First MSMU)"),
    ("Sechenov University", "RUSEDU", "also called Sechenov University"), ("Madina Bizheva", "RUSEDU"),
    ("Kabardino-Balkarian State University", "RUSEDU"), ("Sechenov University", "RUSEDU", "places at Sechenov University"),
    ("Oleg Titov", "RUSEDU"), ("First MSMU", "RUSEDU", "year at the First MSMU"), ("Irina Borovikova", "RUSEDU"),
    ("Ural State Medical University", "RUSEDU", "year at Ural State Medical University. Bizheva"),
    ("Bizheva", "RUSEDU", "Bizheva said"), ("Albert Sufianov", "RUSHLH", "center, Albert Sufianov"),
    ("First MSMU", "RUSEDU", "neurosurgery in the First MSMU"), ("Sechenov University", "RUSEDU", "residency of the Sechenov University"),
    ("Tyumen Oblast", "RUSGOV", "financially by Tyumen Oblast"), ("Alexander Moor", "RUSGOV"), ("the regional parliamentarians", "RUSLEG"),
    ("Professor Sergey Dydykin", "RUSEDU"), ("First MSMU", "RUSEDU", "anatomy of the First MSMU"),
    ("students", "RUSEDU", "Olympiad, students had"), ("Sufianov", "RUSHLH", "According to Sufianov"),
    ("Ibrahim Salamov", "RUSEDU", "student Ibrahim Salamov"), ("Sufianov", "RUSHLH", "neurosurgeons, Sufianov said"),
    ("Alexander Gagay", "RUSEDU", "Alexander Gagay of Yekaterinburg"),
    ("Ural State Medical University", "RUSEDU", "student at Ural State Medical University"),
    ("Denis Kovalchuk", "RUSEDU", "One is Denis Kovalchuk"), ("Buryat State University", "RUSEDU"),
    ("Kovalchuk", "RUSEDU", "Kovalchuk also said"), ("Ibrahim Salamov", "RUSEDU", "Ibrahim Salamov, last year"),
    ("Alexander Gagay", "RUSEDU", "Alexander Gagay, who took"), ("Denis Kovalchuk", "RUSEDU", "Denis Kovalchuk, a 2-year"),
    ("the jury", "RUSEDU"), ("Albert Sufianov", "RUSHLH", "level and Albert Sufianov"),
    ("First MSMU", "RUSEDU", "training at First MSMU"), ("Ivan Shelyagin", "RUSEDU"), ("Valentina Sidorenko", "RUSEDU"),
    ("Tyumen State Medical University", "RUSEDU")],
  events=[
    ("RUSGOV", "RUSHLH", "071", "The event was supported financially by Tyumen Oblast.", "supported financially", {"date": "2019-04", "note": "regional funding of the Olympiad held at the Federal Center for Neurosurgery"}),
    ("RUSHLH", "RUSEDU", "071", "Albert Sufianov provided them with his personal grant for residency", "personal grant", {"date": "2019-04"}),
  ])
