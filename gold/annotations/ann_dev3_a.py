# Dev split 3, annotator A: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2019-004"] = dict(split="dev3", actors=[
    ("former United States presidential candidate Senator Ted Cruz", "USALEG"),
    ("fellow Republican Representative Francis Rooney", "USALEG"), ("Marco Rubio", "USALEG"), ("Mike Lee", "USALEG"),
    ("David Perdue", "USALEG"), ("Cruz", "USALEG", "Cruz, in remarks to ABC"), ("ABC", "USAMED"),
    ("members of Congress", "USALEG", "For too long, members of Congress"), ("Congress", "USALEG", "time for Congress to hold"),
    ("my colleagues", "USALEG"), ("Cruz", "USALEG", "limit Cruz himself"), ("President Trump", "USAGOV"),
    ("some Democrats", "USAOPP"), ("former Representative Beto O'Rourke", "USAELI"),
    ("both houses of the U.S. Congress", "USALEG"), ("the country's 50 state legislatures", "USALEG"),
    ("George Washington", "USAELI"), ("President Franklin Delano Roosevelt", "USAELI")],
  events=[
    ("USALEG", "USALEG", "0244", "proposed to set lifetime limits for service in the Senate and House", "proposed", {"date": "2019-01-03", "note": "Cruz and Rooney (both USALEG) propose a constitutional amendment to Congress"}),
    ("USALEG", "USALEG", "111", "members of Congress have abused their power and ignored the will", "abused their power"),
    ("USALEG", "USALEG", "0244", "I urge my colleagues to submit this constitutional amendment", "urge"),
  ])
A["wn-2019-008"] = dict(split="dev3", actors=[
    ("Wikinews", "---MED", "Wikinews examined data"), ("local authorities", "IDNGOV", "contacted experts and local authorities"),
    ("The Jakarta Post", "IDNMED", "while The Jakarta Post reports"), ("the Command and Control Centre of the Coast Guard", "IDNMIL"),
    ("the Coast Guard", "IDNMIL", "from both the Coast Guard and"), ("the National Search and Rescue Agency", "IDNGOV"),
    ("Indonesian companies", "IDNBUS"), ("Marine Traffic", "---BUS", "Marine Traffic's AIS tracking"),
    ("Marine Bulletin", "---MED"), ("Dr. Tristan Smith", "GBREDU"), ("University College London", "GBREDU"),
    ("Doug Miller", "USABUS"), ("Milltech Marine", "USABUS"), ("Baslan Damang", "IDNGOV"),
    ("a security official from the port of departure", "IDNGOV"), ("authorities", "IDNGOV", "He added authorities"),
    ("International Maritime Organization", "IGOUNO"), ("foreign navies", "---MIL"), ("Singapore", "SGP"),
    ("India", "IND", "Singapore, India, and Australia"), ("Australia", "AUS"), ("VesselFinder", "---BUS"),
    ("Maritime Connector", "---BUS"), ("Local authorities", "IDNGOV"), ("Maritime Bulletin", "---MED"),
    ("The Indonesian Palm Oil Producers Association", "IDNBUS"), ("pirates", "---CRM", "turned off by pirates"),
    ("the Search and Rescue Agency", "IDNGOV"), ("the Navy", "IDNMIL", "spoke to the Navy"), ("Four Navy ships", "IDNMIL"),
    ("1st Fleet Command's Navy Information Agency head Arba Agung", "IDNMIL")],
  events=[
    ("SGPGOV", "IDNGOV", "0332", "All three nations offered military assistance after Indonesia", "offered military assistance", {"date": "2014-12", "note": "offered to Indonesia for the search for AirAsia Flight 8501; target implied by the flight"}),
    ("INDGOV", "IDNGOV", "0332", "All three nations offered military assistance after Indonesia", "offered military assistance", {"date": "2014-12", "note": "offered to Indonesia for the search for AirAsia Flight 8501; target implied by the flight"}),
    ("AUSGOV", "IDNGOV", "0332", "All three nations offered military assistance after Indonesia", "offered military assistance", {"date": "2014-12", "note": "offered to Indonesia for the search for AirAsia Flight 8501; target implied by the flight"}),
  ])
A["wn-2019-017"] = dict(split="dev3", actors=[
    ("Professor Michael Siegel", "USAEDU"), ("Boston University", "USAEDU", "Siegel of Boston University"),
    ("American Journal of Preventive Medicine", "USAMED"), ("Wikinews", "---MED", "Wikinews interviewed Siegel"),
    ("Siegel", "USAEDU", "Wikinews interviewed Siegel"), ("predoctoral fellow Anita Knopov", "USAEDU"),
    ("the Centers for Disease Control and Prevention", "USAGOV"), ("US gun owners", "USACVL"), ("The team", "USAEDU"),
    ("Siegel", "USAEDU", "Siegel agreed to answer"), ("Michael Siegel", "USAEDU", "Michael Siegel I am"),
    ("the Boston University School of Public Health", "USAEDU"), ("policymakers", "USAGOV"), ("gun owners", "USACVL", "encourage gun owners"),
    ("Policy makers", "USAGOV"), ("Professor Siegel", "USAEDU", "—Professor Siegel")],
  events=[
    ("USAEDU", "USAGOV", "0242", "Policy makers should consider enacting policies that reduce youth", "should consider"),
  ])
A["wn-2019-022"] = dict(split="dev3", actors=[
    ("two French police officers", "FRACOP"), ("a Canadian tourist", "CANCVL"), ("Emily Spanton", "CANCVL"),
    ("Antoine Quirin", "FRACOP"), ("Nicolas Redouane", "FRACOP"), ("the Brigade de Recherche et d’Intervention", "FRACOP"),
    ("an elite anti-gang unit", "FRACOP"), ("Spanton", "CANCVL", "offered Spanton a late"), ("Quirin", "FRACOP", "gang raped by Quirin"),
    ("Redouane", "FRACOP", "Quirin, Redouane, and an"), ("an unidentified third officer", "FRACOP"), ("the court", "FRAJUD", "She told the court she"),
    ("a guard at the door", "FRACOP"), ("The defendants", "FRACOP"), ("Quirin", "FRACOP", "Quirin denied any"),
    ("Redouane", "FRACOP", "Redouane consistently claimed"), ("the two officers", "FRACOP"), ("officers", "FRACOP", "officers traveled to"),
    ("Spanton", "CANCVL", "an appeal by Spanton"), ("prosecutors", "FRAJUD"), ("Howard Rubel", "CANJUD"),
    ("a Toronto lawyer representing Spanton", "CANJUD"), ("the BBC", "GBRMED"), ("Sophie Obadia", "FRAJUD"),
    ("another lawyer for the victim", "FRAJUD"), ("The court", "FRAJUD", "The court has found"), ("Both officers", "FRACOP"),
    ("Quirin", "FRACOP", "Quirin wept"), ("The head of the police's internal investigators", "FRACOP"),
    ("the court", "FRAJUD", "investigators told the court"), ("The officers", "FRACOP", "The officers, although")],
  events=[
    ("FRAJUD", "FRACOP", "116", "two French police officers were found guilty on Thursday", "found guilty", {"date": "2019-01-31", "place": "Paris"}),
    ("FRAJUD", "FRACOP", "173", "Both on Thursday received seven-year prison terms.", "prison terms", {"date": "2019-01-31", "place": "Paris"}),
    ("FRACOP", "CANCVL", "1821", "of raping a Canadian tourist in 2014", "raping", {"date": "2014", "place": "36 Quai des Orfèvres"}),
    ("CANCVL", "FRACOP", "112", "she testified, she was gang raped by Quirin, Redouane", "testified"),
    ("FRACOP", "CANCVL", "016", "Quirin denied any sexual activity, but upon learning his DNA", "denied", {"note": "Redouane's claim that sex was consensual is the same denial (same codes)"}),
    ("FRACOP", "CANCVL", "091", "Spanton had her home and computer searched; officers traveled", "searched"),
    ("FRACOP", "FRACOP", "111", "The head of the police's internal investigators told the court", "Basic investigations weren't done", {"note": "internal investigators criticise the handling of the case by the officers' colleagues"}),
  ])
A["wn-2019-028"] = dict(split="dev3", actors=[
    ("pioneering oceanographer Walter Munk", "USAEDU"), ("the University of California, San Diego", "USAEDU"),
    ("Munk", "USAEDU", "Munk was born in Austria"), ("the Scripps Institution of Oceanography", "USAEDU"),
    ("the US Army", "USAMIL"), ("Scripps", "USAEDU", "recalled to Scripps"), ("University of California, Los Angeles", "USAEDU"),
    ("Munk", "USAEDU", "Munk was an early"), ("University of California, San Diego's chancellor, Pradeep Khosla", "USAEDU"),
    ("Khosla", "USAEDU", "Khosla talked of"), ("Scripps Oceanography director Margaret Leinen", "USAEDU"),
    ("Munk", "USAEDU", "Munk has been a world"), ("the White House", "USAGOV"), ("His wife Mary", "USACVL")],
  events=[
    ("USAEDU", "USAEDU", "051", "Walter was the most brilliant scientist I have ever known", "most brilliant", {"note": "tributes by the UCSD chancellor and the Scripps director (same codes) to the dead scientist"}),
    ("USAGOV", "USAEDU", "051", "a trip to the White House to receive the US National Medal of Science", "receive", {"note": "award of the National Medal of Science"}),
    ("FRAGOV", "USAEDU", "051", "the French Legion of Honour, received last year during a visit to Paris", "received", {"date": "2018", "place": "Paris", "note": "award; the state is named only by the adjective"}),
  ])
A["wn-2019-031"] = dict(split="dev3", actors=[
    ("The Hotel Arpit Palace", "INDBUS"), ("officials", "INDGOV", "according to officials"), ("the Myanma embassy", "MMRGOV"),
    ("two Buddhist pilgrims from Myanmar", "MMRCVL"), ("Firefighters", "INDGOV"), ("a fire officer", "INDGOV"),
    ("Local media", "INDMED"), ("the fire service", "INDGOV"), ("police", "INDCOP", "according to police"),
    ("Prime Minister Narendra Modi", "INDGOV"), ("eyewitnesses", "INDCVL"), ("Satyendra Jain", "INDGOV"),
    ("the city's home minister", "INDGOV"), ("the officers who allowed the extra floors to be built", "INDGOV"),
    ("the owner", "INDBUS"), ("Activists", "INDCVL")],
  events=[
    (None, "INDBUS", "091", "A judicial inquiry was ordered, according to police.", "judicial inquiry", {"note": "inquiry into the hotel fire; who ordered it is not said"}),
    ("INDGOV", "INDCVL", "018", "offered \"condolences to the families of those who lost their lives", "condolences"),
    ("INDGOV", "INDGOV", "111", "It's gross negligence on the part of the officers who allowed", "gross negligence"),
    ("INDGOV", "INDBUS", "111", "this shows carelessness on the part of the owner", "carelessness"),
  ])
A["wn-2019-037"] = dict(split="dev3", actors=[
    ("a federal judge in Texas", "USAJUD"), ("the United States federal government", "USAGOV"),
    ("the men's rights group National Coalition for Men", "USANGO"), ("U.S. District Judge Gray Miller", "USAJUD"),
    ("Supreme Court", "USAJUD", "a previous Supreme Court ruling"), ("the U.S. military", "USAMIL"), ("nonprofit CNA", "USANGO"),
    ("Judge Miller", "USAJUD", "reads Judge Miller's statement"), ("the Armed Services", "USAMIL"),
    ("the Selective Service System", "USAGOV", "register for the Selective Service System"), ("the judge", "USAJUD", "Part of the judge's"),
    ("the Supreme Court", "USAJUD", "cite the Supreme Court ruling"), ("the government", "USAGOV", "injunction on the government"),
    ("a commission", "USAGOV"), ("the government", "USAGOV", "and the government asked"), ("Judge Miller", "USAJUD", "asked Judge Miller"),
    ("USA Today", "USAMED"), ("the commission", "USAGOV", "the commission's scope")],
  events=[
    ("USAJUD", "USAGOV", "116", "a federal judge in Texas ruled the United States federal government", "ruled", {"date": "2019-02-22", "note": "ruling that the government's male-only draft registration is unconstitutional"}),
    ("USANGO", "USAGOV", "115", "In response to a lawsuit by the men's rights group National Coalition", "lawsuit"),
    ("USAGOV", "USAJUD", "020", "the government asked Judge Miller to delay his ruling", "asked"),
    ("USAJUD", "USAGOV", "120", "to delay his ruling until after they made their recommendations", "declined"),
  ])
A["wn-2019-041"] = dict(split="dev3", actors=[
    ("An Australian, Brenton Tarrant", "AUSCRM"), ("Christchurch District Court", "NZLJUD"), ("Judge Paul Kellar", "NZLJUD"),
    ("the accused", "AUSCRM", "ordered the accused remain"), ("Police", "NZLCOP", "Police alleged the accused"),
    ("the accused", "AUSCRM", "alleged the accused performed"), ("Brenton Tarrant", "AUSCRM", "Brenton Tarrant did not apply"),
    ("police", "NZLCOP", "future, police said"), ("Police", "NZLCOP", "Police arrested the accused"),
    ("the accused", "AUSCRM", "arrested the accused in"), ("police", "NZLCOP", "according to police. After"),
    ("Brenton", "AUSCRM", "Brenton stayed in"), ("Brenton Tarrant", "AUSCRM", "Brenton Tarrant had a valid"), ("ABC", "AUSMED"),
    ("New Zealand Prime Minister Jacinda Ardern", "NZLGOV"), ("Brenton", "AUSCRM", "Brenton had a licence"),
    ("Professor Greg Barton", "AUSEDU"), ("the Deakin University", "AUSEDU"), ("The attacker", "AUSCRM"),
    ("The authorities", "NZLGOV"), ("Prime Minister Ardern", "NZLGOV"),
    ("ODESC [Officials Committee for Domestic and External Security Coordination]", "NZLGOV"), ("Cabinet", "NZLGOV"),
    ("Australia", "AUS", "information-sharing with Australia"), ("Brenton", "AUSCRM", "Brenton also allegedly"),
    ("the alleged gunman", "AUSCRM")],
  events=[
    (None, "AUSCRM", "173", "charged with one count of murder pertaining to a mass shooting", "charged", {"date": "2019-03-16", "place": "Christchurch District Court"}),
    ("AUSCRM", "NZLREL", "180", "mass shooting in Christchurch on Friday, which caused the death", "mass shooting", {"date": "2019-03-15", "place": "Christchurch", "note": "attacks on the Al Noor and Linwood mosques"}),
    ("NZLJUD", "AUSCRM", "173", "Judge Paul Kellar ordered the accused remain in custody", "remain in custody", {"date": "2019-03-16", "place": "Christchurch District Court"}),
    ("NZLCOP", "AUSCRM", "112", "Police alleged the accused performed two attacks.", "alleged"),
    ("NZLCOP", "AUSCRM", "173", "Further charges may be laid in the future, police said.", "charges may be laid", {"modality": "possible"}),
    ("NZLCOP", "AUSCRM", "173", "Police arrested the accused in the neighborhood of Strickland Street", "arrested", {"date": "2019-03-15", "place": "Strickland Street"}),
    ("NZLGOV", "AUSCRM", "1711", "The authorities seized these firearms.", "seized"),
    ("NZLGOV", "AUSGOV", "0314", "enhanced information-sharing with Australia", "enhanced information-sharing", {"date": "2019-03-16", "modality": "future", "note": "Ardern's press conference: systems to be strengthened"}),
  ])
A["wn-2019-059"] = dict(split="dev3", actors=[
    ("the legislature of Taiwan", "TWNLEG"), ("the Legislative Yuan", "TWNLEG", "the Legislative Yuan, voted"),
    ("the country's Constitutional Court", "TWNJUD"), ("Taiwan", "TWN", "make Taiwan the first"),
    ("The Legislative Yuan", "TWNLEG", "The Legislative Yuan debated"), ("the country's cabinet", "TWNGOV"),
    ("conservatives", "TWNOPP", "posed by conservatives"), ("same-sex couples", "TWNCVL", "offer same-sex couples"),
    ("Jennifer Lu", "TWNNGO"), ("Marriage Equality Coalition Taiwan", "TWNNGO"), ("The Taiwanese government", "TWNGOV"),
    ("Xiaogang Wei", "CHNNGO"), ("the Beijing Gender Health Education Institute", "CHNNGO"),
    ("the Legislative Yuan", "TWNLEG", "the Legislative Yuan's decision"), ("The Chinese government", "CHNGOV"),
    ("mainland China", "CHN"), ("a same-sex erotica author", "CHNCVL"), ("Taiwan's Constitutional Court", "TWNJUD"),
    ("gay citizens", "TWNCVL"), ("conservatives", "TWNOPP", "objections from conservatives")],
  events=[
    ("TWNLEG", "TWNCVL", "0833", "the Legislative Yuan, voted 66 to 27 to legalize same-sex marriage", "legalize", {"date": "2019-05-17", "note": "law granting same-sex couples the right to marry"}),
    ("TWNJUD", "TWNLEG", "1044", "the two-year deadline issued by the country's Constitutional Court in 2017", "deadline", {"date": "2017", "note": "the 2017 ruling (mentioned again at the end) that set the deadline"}),
    ("TWNOPP", "TWNJUD", "110", "The decision prompted objections from conservatives opposing", "objections", {"date": "2017"}),
    ("CHNNGO", "TWNLEG", "051", "But the decision in Taiwan, which shares a cultural tradition with us", "proves"),
    (None, "CHNCVL", "173", "late last year a same-sex erotica author was sentenced to ten years", "sentenced", {"date": "2018", "place": "mainland China"}),
  ])
A["wn-2020-000"] = dict(split="dev3", actors=[
    ("Samoa", "WSM", "outbreak ended in Samoa"), ("The island nation's cabinet", "WSMGOV"), ("the National Emergency Operation Centre", "WSMGOV", "the National Emergency Operation Centre (NEOC)"),
    ("NEOC", "WSMGOV", "NEOC reported"), ("The Health Emergency Operation Center", "WSMGOV"),
    ("the National Emergency Operation Centre", "WSMGOV", "centralized under the National Emergency Operation Centre"), ("The Ministry of Health", "WSMGOV"),
    ("the Ministry of Foreign Affairs", "WSMGOV"), ("the cabinet", "WSMGOV", "consideration by the cabinet"),
    ("the Disease Surveillance Team", "WSMGOV"), ("Tupua Tamasese Meaole Hospital", "WSMHLH"), ("Faleolo District Hospital", "WSMHLH"),
    ("Leulumoega District Hospital", "WSMHLH", "Faleolo District Hospital and Leulumoega District Hospital"), ("The Australian medical mission", "AUSHLH"),
    ("the prime minister", "WSMGOV"), ("NEOC", "WSMGOV", "according to NEOC data"), ("Aid agencies", "---NGO"), ("UNICEF", "IGOUNOKID"),
    ("Samoa", "WSM", "doses of vaccine to Samoa"), ("the government of Samoa", "WSMGOV"), ("The government", "WSMGOV", "The government said 128"),
    ("the government", "WSMGOV", "the government prohibited"), ("authorities", "WSMGOV", "authorities recommended"), ("residents", "WSMCVL"),
    ("Unvaccinated pregnant women", "WSMCVL"), ("the government", "WSMGOV", "confirmed by the government"),
    ("the Victorian Infectious Disease Reference Laboratory", "AUSHLH"), ("New Zealand", "NZL", "New Zealand serves"),
    ("the World Health Organisation", "IGOUNOHLHWHO")],
  events=[
    ("WSMGOV", "WSMCVL", "0814", "The island nation's cabinet unanimously voted to lift it on Saturday", "lift", {"date": "2019-12-28", "note": "state of emergency lifted; in effect on Sunday December 29"}),
    ("WSMGOV", "WSMCVL", "1724", "the state of emergency begun on November 15 over a measles outbreak", "state of emergency", {"date": "2019-11-15", "note": "declared by the government (who declared it is not said in the sentence)"}),
    ("AUSHLH", "WSM", "073", "The Australian medical mission's fifth rotation is to remain", "help facilitate"),
    ("WSMGOV", "WSMCVL", "1724", "on December 14 it was extended by two weeks to allow the immunization", "extended", {"date": "2019-12-14"}),
    ("WSMGOV", "WSMCVL", "020", "the prime minister called for a 100% immunization rate", "called for", {"date": "2019-12-14"}),
    ("IGOUNOKID", "WSM", "073", "UNICEF reported they had delivered over 105 thousand doses of vaccine", "delivered", {"date": "2019-11"}),
    ("WSMGOV", "WSMCVL", "172", "A government order made vaccination mandatory and free of charge", "mandatory"),
    ("WSMGOV", "WSMBUS", "172", "the government of Samoa executed a planned shutdown of public services", "shutdown", {"date": "2019-12", "note": "December 5 and 6: public services and the private sector shut for the immunization drive"}),
    ("WSMGOV", "WSMCVL", "172", "the government prohibited inter-island travel for those under 19", "prohibited"),
    ("WSMGOV", "WSMCVL", "020", "authorities recommended residents avoid public gatherings", "recommended"),
  ])
A["wn-2020-013"] = dict(split="dev3", actors=[
    ("the Bavarian State Ministry of Public Health and Health Care", "DEUGOV"), ("a man from Starnberg district", "DEUCVL"),
    ("The man", "DEUCVL"), ("the World Health Organization", "IGOUNOHLHWHO"), ("WHO", "IGOUNOHLHWHO", "the official WHO report"),
    ("WHO", "IGOUNOHLHWHO", "WHO said they"), ("China", "CHN", "China has invested")],
  events=[])
A["wn-2020-018"] = dict(split="dev3", actors=[
    ("the World Health Organization", "IGOUNOHLHWHO"), ("WHO", "IGOUNOHLHWHO", "the WHO's temporary"),
    ("The International Committee on Taxonomy of Viruses", "NGO"), ("WHO director-general Tedros Adhanom Ghebreyesus", "IGOUNOHLHWHO"),
    ("WHO", "IGOUNOHLHWHO", "per WHO guidelines"), ("The government of Egypt", "EGYGOV"),
    ("the United Nations' Food and Agriculture Organization's chief veterinary officer", "IGOUNOAGRFAO"), ("Time magazine", "USAMED"),
    ("Northwestern University public health expert Wendy Parmet", "USAEDU"), ("the people of Wuhan", "CHNCVL"),
    ("Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana", "USAEDU"), ("the press", "---MED"),
    ("Chinese and perceived-to-be Chinese individuals", "CHNCVL")],
  events=[
    ("EGYGOV", None, "1712", "The government of Egypt ordered the killing of over 300,000 pigs.", "ordered the killing", {"date": "2009", "note": "cull during the 2009 H1N1 outbreak; the owners are not named"}),
    ("IGOUNOAGRFAO", "EGYGOV", "111", "Agriculture Organization's chief veterinary officer, it was completely", "completely unnecessary"),
  ])
