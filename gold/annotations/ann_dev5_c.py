# Dev split 5, annotator C: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2020-026"] = dict(split="dev5", actors=[
    ("Seyed Mohammad Mir-Mohammadi", "IRNGOV"), ("Iranian Expediency Discernment Council", "IRNGOV"),
    ("the government", "IRNGOV"), ("Mir-Mohammadi", "IRNGOV", "Mir-Mohammadi was 71"),
    ("Tasnim News Agency", "IRNMED"), ("Mir-Mohammadi", "IRNGOV", "Mir-Mohammadi served as"),
    ("the Supreme Leader of the Islamic Republic of Iran", "IRNGOV"), ("Iran's Supreme Leader Ali Khamenei", "IRNGOV"),
    ("Mir-Mohammadi", "IRNGOV", "Mir-Mohammadi had previously"), ("the Islamic Consultative Assembly", "IRNLEG"),
    ("Mir-Mohammadi's mother", "IRNCVL"), ("Tehran Times", "IRNMED"), ("Grand Ayatollah Mousa Shubairi Zanjani", "IRNREL"),
    ("Multiple Iranian government officials", "IRNGOV"), ("deputy health minister Iraj Harirchi", "IRNGOV"),
    ("vice president of women and family affairs Masoumeh Ebtekar", "IRNGOV"), ("speaker of the parliament Ali Larijani", "IRNLEG"),
    ("Instagram", "---BUS"), ("the honorable people of Qom", "IRNCVL"), ("the President's office", "IRNGOV"),
    ("the Expediency Council", "IRNGOV"), ("Ali Reza Raisi", "IRNGOV"), ("the country's Health Ministry", "IRNGOV"),
    ("Johns Hopkins Center for Systems Science and Engineering", "USAEDU")],
  events=[
    ("IRNLEG", "IRNGOV", "018", "Offering his condolence, speaker of the parliament Ali Larijani", "condolence", {"note": "the parliament speaker's condolence on the death of Mir-Mohammadi (Expediency Council member), posted on Instagram"}),
    ("IRNLEG", "IRNGOV", "051", "committed to political virtue, have always served the Islamic system", "served", {"note": "the same Instagram post is a tribute praising the dead official's service"}),
  ])
A["wn-2020-043"] = dict(split="dev5", actors=[
    ("the state of Wisconsin", "USAGOV"), ("the state's Supreme Court", "USAJUD"), ("all other US states", "USAGOV"),
    ("the Democratic Party", "USAOPP"), ("The Democratic Party", "USAOPP"),
    ("NPR", "USAMED"), ("former Vice President of the United States Joe Biden", "USAOPP"),
    ("United States Senator from Vermont Bernie Sanders", "USALEG"), ("Tony Evers", "USAGOV"), ("the governor of Wisconsin", "USAGOV"),
    ("William Conley", "USAJUD"), ("a United States District judge", "USAJUD"), ("the Wisconsin Supreme Court", "USAJUD"),
    ("Evers", "USAGOV", "ruled Evers lacked"), ("The United States Supreme Court", "USAJUD"),
    ("Conley", "USAJUD", "against Conley's extension"), ("A number of poll workers", "USACVL"),
    ("the state", "USAGOV", "leading to the state using"), ("the National Guard", "USAMIL"), ("The city of Milwaukee", "USAGOV"),
    ("over a million people", "USACVL"), ("the Wisconsin Elections Commission", "USAGOV")],
  events=[
    (None, "USAGOV", "115", "The decision was challenged in court, and the Wisconsin Supreme Court", "challenged", {"date": "2020-04-06", "note": "the governor's executive order delaying the election is challenged; the challenger is not named"}),
    ("USAJUD", "USAGOV", "116", "the Wisconsin Supreme Court ruled Evers lacked authority", "ruled", {"date": "2020-04-06", "note": "ruling against the governor's order, between yesterday's order and today's vote"}),
    ("USAJUD", "USAJUD", "116", "The United States Supreme Court later ruled against Conley's extension", "ruled against", {"note": "the US Supreme Court against the district judge's extension of absentee voting"}),
  ])
A["wn-2020-069"] = dict(split="dev5", actors=[
    ("A 25-year-old man", "LBYCRM"), ("Thames Valley Police", "GBRCOP", "arrested by Thames Valley Police"),
    ("Reading resident and Libyan national Khairi Saadallah", "LBYCRM"), ("Police", "GBRCOP", "Police also announced"),
    ("The Daily Telegraph", "GBRMED"), ("a security source", "GBRGOV"), ("Witnesses", "GBRCVL"), ("The Telegraph", "GBRMED"),
    ("a man", "LBYCRM"), ("a group of middle-aged men", "GBRCVL"),
    ("Thames Valley Police", "GBRCOP", "Thames Valley Police soon arrived"), ("the man", "LBYCRM"),
    ("Khairi Saadallah", "LBYCRM", "later identified as Khairi Saadallah"), ("Saadallah", "LBYCRM", "Saadallah came to"),
    ("counter terror police", "GBRCOP", "A counter terror police raid"), ("Saadallah", "LBYCRM", "Saadallah's flat"),
    ("The head of the UK's counter terror police, Neil Basu", "GBRCOP"), ("the police", "GBRCOP"),
    ("the attacker", "LBYCRM"), ("terrorists", "---CRM"), ("Black Lives Matter", "GBRCVL"), ("Basu", "GBRCOP", "Basu also stated")],
  events=[
    ("LBYCRM", "GBRCVL", "180", "a mass stabbing killed three people and injured three others", "stabbing", {"date": "2020-06-20", "place": "Forbury Gardens", "note": "knife attack by Khairi Saadallah (Libyan national) on a group of men; three killed; the witnesses' account later is the same attack"}),
    ("GBRCOP", "LBYCRM", "173", "A 25-year-old man was arrested by Thames Valley Police on suspicion", "arrested", {"date": "2020-06-20", "note": "arrested on suspicion of murder; 'soon arrived and detained the man' is the same arrest"}),
    ("GBRCOP", "LBYCRM", "1711", "A counter terror police raid removed various items from Saadallah", "raid", {"note": "raid on the suspect's flat (CAMEO codes raids as 1711)"}),
    ("GBRCVL", None, "141", "A Black Lives Matter protest had taken place in Forbury Gardens", "protest", {"date": "2020-06-20", "place": "Forbury Gardens", "note": "a few hours before the attack; target not named"}),
  ])
A["wn-2020-093"] = dict(split="dev5", actors=[
    ('54-year-old Metropolitan Police sergeant Matiu "Matt" Ratana', "GBRCOP"), ("a prisoner", "GBRCRM"),
    ("23-year-old Louis De Zoysa", "GBRCRM"), ("De Zoysa", "GBRCRM", "De Zoysa was reportedly"),
    ("A man", "GBRCRM"), ("De Zoysa", "GBRCRM", "the gun to De Zoysa"),
    ("Sergeant Ratana", "GBRCOP", "Sergeant Ratana underwent"), ("Sergeant Ratana", "GBRCOP", "Sergeant Ratana, from"),
    ("the Auckland, New Zealand police force", "NZLCOP"), ("the sergeant", "GBRCOP"), ("an acquaintance", "GBRCVL"),
    ("The alleged shooter", "GBRCRM")],
  events=[
    ("GBRCRM", "GBRCOP", "180", "was shot at the Croydon, South London custody centre", "shot", {"date": "2020-09-25", "place": "Croydon", "note": "a prisoner, suspected to be De Zoysa, shoots the police sergeant, who later died (180 as for other criminal shootings; 193 small arms)"}),
    (None, "GBRCRM", "173", "A man suspected to have supplied the gun to De Zoysa was arrested", "arrested", {"date": "2020-09-27", "place": "Norfolk", "note": "passive with no agent"}),
    (None, "GBRCRM", "173", "after being detained earlier Friday in an area near Norbury", "detained", {"date": "2020-09-25", "place": "Pollards Hill", "note": "the shooter detained for possession of ammunition and drugs; passive with no agent"}),
  ])
A["wn-2020-096"] = dict(split="dev5", actors=[
    ("The United States Commission on Presidential Debates", "USANGO"), ("US President Donald Trump", "USAGOV"),
    ("former US Vice President Joe Biden", "USAOPP"), ("the commission", "USANGO"), ("CPD", "USANGO"),
    ("President Trump", "USAGOV", "President Trump tested"), ("Democratic rival Joe Biden", "USAOPP"),
    ("President Trump", "USAGOV", "President Trump's recent"), ("The president", "USAGOV"),
    ("the president", "USAGOV", "With the president's"), ("Biden", "USAOPP", "Biden scheduled"), ("The Biden campaign", "USAOPP"),
    ("Trump", "USAGOV", "criticized Trump's refusal"), ("the president", "USAGOV", "accusing the president"), ("the voters", "USACVL"),
    ("organizers", "USANGO"), ("Belmont University", "USAEDU"), ("NBC News correspondent Kristen Welker", "USAMED")],
  events=[
    ("USAGOV", "USANGO", "125", "The president called the notion a \"waste of time\".", "waste of time", {"note": "Trump rejects the commission's virtual format for the second debate"}),
    ("USAOPP", "USAGOV", "111", "The Biden campaign criticized Trump's refusal to debate virtually", "criticized"),
    ("USAOPP", "USAGOV", "112", "accusing the president of \"not want[ing] to face questions", "accusing"),
  ])
A["wn-2020-048"] = dict(split="dev5", actors=[
    ("United States Senator from Vermont Bernie Sanders", "USALEG"), ("former Vice President Joe Biden", "USAOPP"),
    ("Sanders", "USALEG", "after Sanders ended"), ("Sanders", "USALEG", "statement, Sanders said"), ("Biden", "USAOPP", "said to Biden"),
    ("all Americans", "USACVL"), ("every Democrat", "USACVL"), ("every Independent", "USACVL"), ("a lot of Republicans", "USACVL"),
    ("the most dangerous president in the modern history of this country", "USAGOV"),
    ("Sanders", "USALEG", "Sanders continued his bid"), ("then-presumptive nominee Hillary Clinton", "USAOPP"),
    ("Biden", "USAOPP", "Biden and Sanders announced"), ("Sanders", "USALEG", "Biden and Sanders announced")],
  events=[
    ("USALEG", "USAOPP", "051", "Bernie Sanders endorsed former Vice President Joe Biden for president", "endorsed", {"date": "2020-04-13", "note": "the live-streamed statement ('your candidacy, which I endorse') is the same endorsement"}),
    ("USALEG", "USACVL", "022", "Today, I am asking all Americans, I'm asking every Democrat", "asking", {"date": "2020-04-13", "note": "appeal to voters (Americans, Democrats, Independents, Republicans: all USACVL) to support Biden's candidacy"}),
    ("USALEG", "USAGOV", "111", "is the most dangerous president in the modern history of this country", "most dangerous president", {"date": "2020-04-13", "note": "Trump, not named"}),
    ("USALEG", "USAOPP", "051", "until June, and didn't endorse her until July", "endorse", {"date": "2016-07", "note": "Sanders endorsed Hillary Clinton, then the presumptive Democratic nominee"}),
    ("USAOPP", "USALEG", "030", "Biden and Sanders announced they were to form six working groups", "form", {"modality": "future", "symmetric": True, "note": "joint policy working groups"}),
  ])
