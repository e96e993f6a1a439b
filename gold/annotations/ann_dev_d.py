# Dev split D: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2019-007"] = dict(split="dev", actors=[
    ("Vlada Stamenković", "USAEDU"), ("NASA Jet Propulsion Laboratory", "USAGOV"), ("Nature", "GBRMED"),
    ("Wikinews", "---MED", "Wikinews caught up with him"), ("Stamenković", "USAEDU", "Stamenković told National Geogr"),
    ("National Geographic", "USAMED"), ("Scientific American", "USAMED"),
    ("Stamenković", "USAEDU", "Stamenković et al cite research"), ("de Vera", "DEUEDU"), ("German Aerospace Center", "DEUGOV"),
    ("Stamenković", "USAEDU", "Stamenković et al's research pr"), ("Stamenković", "USAEDU", "Stamenković et al found oxygen"),
    ("Stamenković", "USAEDU", "Stamenković et al studied magne"), ("Stamenković", "USAEDU", "Stamenković et al's paper is th"),
    ("Stamenković", "USAEDU", "Stamenković's team combined"), ("Stamenković", "USAEDU", "Stamenković told Wikinews"),
    ("Wikinews", "---MED", "Stamenković told Wikinews"), ("Stamenković", "USAEDU", "Stamenković et al's model also"),
    ("Wikinews", "---MED", "Wikinews asked Stamenković if"), ("Stamenković", "USAEDU", "Wikinews asked Stamenković if"),
    ("Wikinews", "---MED", "Wikinews also asked Stamenko"), ("Stamenković", "USAEDU", "also asked Stamenković how")],
  events=[])
A["wn-2019-019"] = dict(split="dev", actors=[
    ("Jolo Cathedral", "PHLREL"), ("first responders", "PHLCVL"), ("Chief Superintendent Graciano Mijares", "PHLCOP"),
    ("the police of the Autonomous Region in Muslim Mindanao", "PHLCOP"), ("civilians", "PHLCVL", "fourteen civilians"),
    ("Armed Forces", "PHLMIL", "five Armed Forces personnel"), ("Coast Guard", "PHLMIL", "one member of the Coast Guard"),
    ("Mijares", "PHLCOP", "Mijares further claimed"), ("civilians", "PHLCVL", "90 civilians were wounded"),
    ("Armed Forces", "PHLMIL", "seventeen from the Armed Forces"), ("Coast Guard", "PHLMIL", "each from the Coast Guard"),
    ("National Police", "PHLCOP"), ("Delfin Lorenzana", "PHLGOV"), ("the Defence Secretary", "PHLGOV"),
    ("vigilant locals", "PHLCVL"), ("authorities", "PHLGOV"), ("Lorenzana", "PHLGOV", "Lorenzana said he had ordered"),
    ("troops", "PHLMIL"), ("the army", "PHLMIL", "that the army protect"), ("Moro Islamic Liberation Front", "PHLREB"),
    ("the government", "PHLGOV"), ("Arnel dela Vega", "PHLMIL"), ("the army's Western Mindanao Command", "PHLMIL"),
    ("Abu Sayyaf Group", "PHLREB", "said the Abu Sayyaf Group"), ("Regional Governor Mujiv Hataman", "PHLGOV"),
    ("this organisation", "PHLREB"), ("The Islamic State of Iraq and the Levant", "IMG"),
    ("Abu Sayyaf Group", "PHLREB", "linked to the Abu Sayyaf Group"), ("Coast Guard", "PHLMIL", "The Coast Guard said"),
    ("Jaypee Galicha", "PHLMIL"), ("a Coast Guard spokesperson", "PHLMIL"), ("Coast Guard", "PHLMIL", "The Coast Guard has announced"),
    ("Coast Guard Commandant Admiral Elson Hermogino", "PHLMIL"), ("Coast Guard units", "PHLMIL"),
    ("army", "PHLMIL", "[army and police]"), ("police", "PHLCOP", "[army and police]"),
    ("Organisation of Islamic Cooperation", "IGOMOSOIC"), ("Yousef Al-Othaimeen", "IGOMOSOIC"), ("Pope Francis", "VATREL"),
    ("a spokesperson for President Rodrigo Duterte", "PHLGOV"), ("President Rodrigo Duterte", "PHLGOV"),
    ("OIC", "IGOMOSOIC", "The OIC is the largest")],
  events=[
    (None, "PHLREL", "183", "Twin bombings yesterday struck the Jolo Cathedral in Mindanao", "bombings", {"date": "2019-01-27", "place": "Jolo Cathedral", "note": "perpetrators unnamed in the sentence; Abu Sayyaf suspected, ISIL claimed"}),
    ("PHLGOV", None, "111", "he described the attacks as a \"dastardly act\"", "dastardly act", {"note": "target: the unidentified perpetrators"}),
    ("PHLGOV", "PHLCVL", "020", "urged vigilant locals to assist authorities", "urged"),
    ("PHLGOV", None, "152", "Lorenzana said he had ordered 'heightened alert' from troops", "heightened alert"),
    ("PHLMIL", "PHLREB", "112", "said the Abu Sayyaf Group are the suspected perpetrators", "suspected perpetrators"),
    ("PHLGOV", "PHLREB", "112", "Regional Governor Mujiv Hataman agreed, saying only this organisation", "agreed"),
    ("IMG", "PHLREL", "015", "subsequently claimed responsibility", "claimed responsibility"),
    ("IGOMOSOIC", None, "111", "Statements of condemnation have come from Organisation of Islamic", "condemnation", {"note": "target: the bombing's perpetrators"}),
    ("VATREL", None, "111", "Statements of condemnation have come from Organisation of Islamic", "condemnation", {"note": "target: the bombing's perpetrators"}),
    ("PHLGOV", None, "111", "a spokesperson for President Rodrigo Duterte", "condemnation", {"note": "target: the bombing's perpetrators"}),
  ])
A["wn-2019-030"] = dict(split="dev", actors=[
    ("Sea-Eye", "DEUNGO", "charity Sea-Eye on Sunday"), ("Alan Kurdi", "SYRCVL", "ship after Alan Kurdi"),
    ("Relatives of the boy", "SYRCVL"), ("Kurdi", "SYRCVL", "Kurdi, his brother, and h"), ("people smugglers", "TURCRM", "paid people smugglers"),
    ("Abdullah Kurdi", "SYRCVL", "his father, Abdullah Kurdi"), ("Abdullah Kurdi", "SYRCVL", "Abdullah Kurdi now resides"),
    ("Tima Kurdi", "SYRCVL"), ("Sea-Eye", "DEUNGO", "Sea-Eye spokesperson"), ("Carlotta Weibl", "DEUNGO"),
    ("misguided politicians", "---GOV"), ("Sea-Eye", "DEUNGO", "Sea-Eye credit themselves"),
    ("Turkey", "TURJUD", "Turkey sentenced two"), ("two people smugglers", "TURCRM"), ("Kurdi", "SYRCVL", "surrounding Kurdi and his"),
    ("Kurdi", "SYRCVL", "Kurdi's image"), ("anti-immigration groups", "EURCVL")],
  events=[
    ("TURJUD", "TURCRM", "173", "Turkey sentenced two people smugglers to four years of prison", "sentenced"),
  ])
A["wn-2019-040"] = dict(split="dev", actors=[
    ("U.S. President Donald Trump", "USAGOV"), ("U.S. Federal Court", "USAJUD"), ("Paul Manafort", "USAELI"),
    ("Judge Amy Berman Jackson", "USAJUD"), ("Internal Revenue Service", "USAGOV"), ("Manafort", "USAELI", "Manafort's charges involved"),
    ("Judge Jackson", "USAJUD", "Judge Jackson clarified"), ("Manafort", "USAELI", "sentence Manafort received"),
    ("Manafort", "USAELI", "which Manafort was sentenced"), ("Judge Jackson", "USAJUD", "Judge Jackson stated"),
    ("another federal judge", "USAJUD"), ("Manafort", "USAELI", "sentenced Manafort to a 47"),
    ("Manafort", "USAELI", "Manafort agreed to help"), ("Robert Mueller", "USAJUD"), ("the judge in that case", "USAJUD"),
    ("Manafort", "USAELI", "Manafort had lied"), ("Manafort", "USAELI", "Manafort's lobbying business"),
    ("Manafort", "USAELI", "Manafort was kept in solitar")],
  events=[
    ("USAJUD", "USAELI", "173", "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months", "sentenced", {"date": "2019-03-13"}),
    ("USAJUD", "USAELI", "111", "Saying I'm sorry I got caught is not an inspiring plea for leniency.", "admonition", {"date": "2019-03-13"}),
    ("USAJUD", "USAELI", "173", "another federal judge sentenced Manafort to a 47 month prison term", "sentenced", {"date": "2019-W10"}),
    ("USAJUD", "USAELI", "173", "After his conviction in that case last summer", "conviction", {"date": "2018"}),
    ("USAELI", "USAJUD", "057", "Manafort agreed to help with Robert Mueller's investigation", "agreed", {"date": "2018"}),
    ("USAJUD", "USAELI", "112", "the judge in that case determined Manafort had lied and violated", "determined"),
    (None, "USAELI", "173", "Manafort was kept in solitary confinement at least 23 hours per day", "solitary confinement", {"date": "2018"}),
    ("USAJUD", "USAELI", "173", "he faced 18 counts of fraud pertaining to his financial reporting", "counts", {"date": "2018"}),
  ])
A["wn-2019-071"] = dict(split="dev", actors=[
    ("Philippine officials", "PHLGOV"), ("Governor Alexander Pimentel", "PHLGOV"),
    ("CNN Philippines", "PHLMED", "told CNN Philippines the towns"),
    ("Philippine Institute of Volcanology and Seismology", "PHLGOV"), ("Phivolcs", "PHLGOV", "Phivolcs reported"),
    ("United States Geological Survey", "USAGOV"), ("Madrid District Hospital", "PHLHLH"),
    ("CNN Philippines", "PHLMED", "CNN Philippines reported"), ("the governor", "PHLGOV")],
  events=[])
A["wn-2019-092"] = dict(split="dev", actors=[
    ("Wikinews", "---MED"), ("Comic artist Jenn St-Onge", "CANCVL"), ("Valiant Entertainment editor Heather Antos", "USABUS"),
    ("artist Leisha Riddell", "CANCVL"), ("Actress Denise Crosby", "USAELI"), ("The actress", "USAELI"),
    ("Actor Brendan Fraser", "USAELI"), ("The cast of the sitcom Kim's Convenience", "CANELI"), ("Simu Liu", "CANELI"),
    ("Lead Paul Sun-Hyung Lee", "CANELI"), ("Hasbro", "USABUS", "Hasbro hosted a panel"), ("the company", "USABUS"),
    ("Hasbro", "USABUS", "Hasbro announced that")],
  events=[])
A["wn-2019-113"] = dict(split="dev", actors=[
    ("millions of people", "USACVL"), ("United States Air Force", "USAMIL"), ("one-to-two hundred people", "USACVL"),
    ("Matty Roberts", "USACVL", "when Matty Roberts posted"), ("Facebook", "USABUS", "social media site Facebook"),
    ("More than two million people", "USACVL"), ("Roberts", "USACVL", "Roberts says his event"),
    ("Roberts", "USACVL", "Roberts is about 20"), ("media", "---MED", "both media and authorities"), ("authorities", "USAGOV"),
    ("County sheriff Kerry Lee", "USACOP"), ("the BBC", "GBRMED"), ("Facebook users", "USACVL"),
    ("The Air Force", "USAMIL"), ("The sheriff's office", "USACOP"), ("Sheriff Lee", "USACOP"),
    ("one person", "USACVL"), ("Matty Roberts", "USACVL", "original poster Matty Roberts"),
    ("Bob Lazar", "USACVL", "Bob Lazar was reputedly")],
  events=[
    ("USAMIL", "USACVL", "130", "The Air Force issued warnings against attempts to enter", "warnings"),
    ("USACOP", None, "153", "The sheriff's office arranged for reinforcements from across Nevada.", "reinforcements"),
    ("USACOP", "USACVL", "173", "Sheriff Lee said they arrested one person for urinating in public", "arrested", {"date": "2019-09-20", "place": "Area 51"}),
    ("USACOP", "USACVL", "173", "They arrested three for \"suspicion of trespassing\"", "arrested", {"date": "2019-09-20", "place": "Area 51"}),
  ])
A["wn-2019-124"] = dict(split="dev", actors=[
    ("Met Éireann", "IRLGOV", "the Azores, Met Éireann, the"), ("the national meteorological service for Ireland", "IRLGOV"),
    ("The Azores", "PRTGOV", "The Azores — autonomous"), ("Vasco Cordeiro", "PRTGOV"), ("the regional president", "PRTGOV"),
    ("Authorities", "PRTGOV"), ("Met Éireann", "IRLGOV", "issued by Met Éireann")],
  events=[])
A["wn-2019-141"] = dict(split="dev", actors=[
    ("Eliud Kipchoge", "KENELI"), ("IAAF", "NGO"), ("Kipchoge", "KENELI", "Kipchoge ran in Vienna"),
    ("Kipchoge", "KENELI", "help Kipchoge break"), ("42 pacemakers", "---CVL"), ("Olympic champions", "---CVL"),
    ("Kipchoge", "KENELI", "ran with Kipchoge"), ("Kipchoge", "KENELI", "said Kipchoge after"),
    ("Kipchoge", "KENELI", "Kipchoge also set")],
  events=[])
A["wn-2019-158"] = dict(split="dev", actors=[
    ("The Lost 52 Project", "USANGO", "The Lost 52 Project announced"), ("the U.S.S. Grayback", "USAMIL"),
    ("the Navy", "USAMIL", "where the Navy's records"), ("The United States Navy", "USAMIL"),
    ("The Lost 52 Project", "USANGO", "The Lost 52 Project, named"), ("the U.S. Navy", "USAMIL"),
    ("the Grayback", "USAMIL", "concerning the Grayback"), ("New York Times", "USAMED"),
    ("Amateur researcher and systems engineer Yutaka Iwasaki", "JPNCVL"), ("a Japanese bomber", "JPNMIL"),
    ("a U.S. vessel", "USAMIL"), ("the Navy", "USAMIL", "from the Navy's figures"), ("the Grayback", "USAMIL", "figures for the Grayback"),
    ("Lost 52", "USANGO", "Lost 52 sailed"), ("The team", "USANGO"), ("Team leader Tim Taylor", "USANGO"),
    ("Washington Post", "USAMED"), ("The Tambor-class submarine U.S.S. Grayback", "USAMIL"),
    ("a Japanese Nakajima b5N carrier bomber", "JPNMIL"), ("The Grayback", "USAMIL", "The Grayback was short"),
    ("Japanese cargo ships", "JPNBUS"), ("The Lost 52 Project", "USANGO", "The Lost 52 Project identifies")],
  events=[
    ("JPNMIL", "USAMIL", "195", "a Japanese bomber had attacked a U.S. vessel in late February", "attacked", {"date": "1944-02", "note": "same attack as the Grayback's encounter with a Nakajima bomber, February 1944"}),
    ("USAMIL", "JPNBUS", "190", "short on torpedoes from its recent attack on Japanese cargo ships", "attack", {"date": "1944-02"}),
  ])
A["wn-2019-166"] = dict(split="dev", actors=[
    ("Conservative Party", "GBRGOV", "Conservative Party - 365"), ("Labour Party", "GBROPP", "Labour Party - 203"),
    ("Scottish National Party", "GBROPP", "Scottish National Party - 48"), ("Liberal Democrats", "GBROPP", "Liberal Democrats - 11"),
    ("Democratic Unionist Party", "GBROPP"), ("Sinn Féin", "GBROPP"), ("Plaid Cymru", "GBROPP"), ("Green Party (E & W)", "GBROPP"),
    ("Alliance Party of Northern Ireland", "GBROPP"), ("Conservative Party", "GBRGOV", "(UK) Conservative Party netted"),
    ("Parliament", "GBRLEG", "a majority in Parliament"), ("Conservative Party", "GBRGOV", "the Conservative Party was the largest"),
    ("Conservative Party leader and Prime Minister Boris Johnson", "GBRGOV"), ("the UK", "GBRGOV", "regarding the UK's efforts"),
    ("the European Union", "IGOEUREEC"), ("Johnson", "GBRGOV", "described by Johnson"), ("the EU", "IGOEUREEC", "leave the EU by"),
    ("The conservative party", "GBRGOV"), ("Parliament", "GBRLEG", "since Parliament was last"), ("Labour", "GBROPP", "largest party, Labour, lost"),
    ("The Scottish National Party", "GBROPP", "The Scottish National Party (SNP) gained"), ("Liberal Democrats", "GBROPP", "Liberal Democrats lost 10"),
    ("Change UK", "GBROPP"), ("The Brexit Party", "GBROPP"), ("The Labour Party's leader, Jeremy Corbyn", "GBROPP"),
    ("Liberal Democrats", "GBROPP", "Liberal Democrats are to find"), ("Jo Swinson", "GBROPP"), ("an SNP candidate", "GBROPP"),
    ("a Labour Member of Parliament", "GBRLEG"), ("a conservative candidate", "GBRGOV")],
  events=[
    ("GBRGOV", "IGOEUREEC", "1313", "saying he intends to leave the EU by the end of January", "intends to leave", {"date": "2019-12-13", "modality": "future", "note": "Brexit: intent to withdraw from the EU"}),
  ])
A["wn-2020-012"] = dict(split="dev", actors=[
    ("researchers at Imperial College London", "GBREDU"), ("Chinese officials", "CHNGOV"),
    ("Imperial College London's MRC Centre for Global Infectious Disease Analysis", "GBREDU"), ("The research team", "GBREDU"),
    ("Chinese authorities", "CHNGOV"), ("Singapore", "SGPGOV"), ("Hong Kong", "HKGGOV"), ("Wuhan airline passengers", "CHNCVL"),
    ("United States authorities", "USAGOV")],
  events=[])
A["wn-2020-022"] = dict(split="dev", actors=[
    ("United States Senator from Vermont Bernie Sanders", "USALEG"), ("the Democratic Party", "USAOPP", "won the Democratic Party's Nevada"),
    ("The Democratic Party", "USAOPP", "The Democratic Party uses"), ("NBC News", "USAMED"), ("Sanders", "USALEG", "reported Sanders was aided"),
    ("younger voters", "USACVL"), ("Latino voters", "USACVL", "as well as Latino voters"), ("Latino voters", "USACVL", "the votes of Latino voters"),
    ("the Democratic party", "USAOPP", "the Democratic party's primary"), ("Sanders", "USALEG", "Sanders came in second"),
    ("Pete Buttigieg", "USAELI"), ("the former mayor of South Bend, Indiana", "USAELI"), ("Sanders", "USALEG", "Hampshire, Sanders secured"),
    ("Sanders", "USALEG", "Both Sanders and Buttigieg"), ("Buttigieg", "USAELI", "Sanders and Buttigieg earned"),
    ("The Las Vegas Review-Journal", "USAMED"), ("the state", "USAGOV"), ("the Democratic voters", "USACVL"),
    ("The Democratic party", "USAOPP", "The Democratic party is scheduled"), ("National Conference of State Legislatures", "USANGO")],
  events=[])
A["wn-2020-036"] = dict(split="dev", actors=[
    ("the United States Democratic Party", "USAOPP"), ("US Senator Bernie Sanders", "USALEG"),
    ("The Democratic Party", "USAOPP", "The Democratic Party uses"), ("the Democratic Party", "USAOPP", "the Democratic Party's nomination"),
    ("Sanders", "USALEG", "delegates, Sanders secured"), ("Former Vice President of the United States Joe Biden", "USAOPP"),
    ("Sanders", "USALEG", "Sanders lost the caucuses"), ("Hillary Clinton", "USAELI"),
    ("National Conference of State Legislatures", "USANGO"), ("the Democratic Party", "USAOPP", "the Democratic Party is scheduled")],
  events=[])
A["wn-2020-050"] = dict(split="dev", actors=[
    ("Johns Hopkins University", "USAEDU"), ("JHU", "USAEDU", "according to the JHU data"), ("Vox", "USAMED")],
  events=[])
A["wn-2020-061"] = dict(split="dev", actors=[
    ("England's transport secretary, Grant Shapps", "GBRGOV"), ("people", "GBRCVL", "apply to people using"),
    ("Shapps", "GBRGOV", "Shapps announced the measu"), ("the UK Government", "GBRGOV"), ("the general public", "GBRCVL"),
    ("Train drivers' trade union Aslef", "GBRLAB"), ("general secretary Mick Whelan", "GBRLAB"), ("the government", "GBRGOV"),
    ("passengers and staff", "GBRCVL"), ("people", "GBRCVL", "concerns of people travelling"),
    ("The general secretary of the RMT union", "GBRLAB"), ("National Union of Rail, Maritime and Transport Workers", "GBRLAB"),
    ("Mick Cash", "GBRLAB"), ("Wales", "GBRGOV"), ("Northern Ireland", "GBRGOV"), ("people", "GBRCVL", "suggested people \"think"),
    ("Scotland First Minister Nicola Sturgeon", "GBRGOV")],
  events=[
    ("GBRGOV", "GBRCVL", "172", "wearing a face covering would become compulsory while riding public", "compulsory", {"date": "2020-06-04", "modality": "future", "note": "announced on June 4, in force from June 15"}),
    ("GBRLAB", "GBRGOV", "060", "We have been working closely with the government to ensure", "working closely"),
    ("GBRLAB", "GBRGOV", "051", "The instruction to wear face coverings to help prevent the spread", "will ease the concerns"),
    ("GBRLAB", "GBRGOV", "111", "Mick Cash, said the measure was \"nowhere near enough.\"", "nowhere near enough"),
    ("GBRGOV", "GBRCVL", "020", "Northern Ireland has suggested people \"think about\" it", "suggested"),
    ("GBRGOV", "GBRCVL", "014", "a compulsory introduction of face coverings could be \"inevitable\"", "considering"),
  ])
A["wn-2020-088"] = dict(split="dev", actors=[
    ("US actor Chadwick Boseman", "USAELI"), ("Boseman", "USAELI", "retrospective about Boseman"),
    ("American Broadcasting Company", "USAMED"), ("ABC", "USAMED", "Broadcasting Company (ABC)"), ("Boseman", "USAELI", "Boseman died on Friday"),
    ("Boseman", "USAELI", "Boseman, who rose"), ("Boseman", "USAELI", "Boseman died at home"), ("Boseman", "USAELI", "Boseman was born"),
    ("British American Drama Academy", "GBREDU"), ("Howard University", "USAEDU", "his studies at Howard University"),
    ("Boseman", "USAELI", "Boseman acted in television"), ("Boseman", "USAELI", "Boseman portrayed Black"),
    ("Ryan Coogler", "USAELI"), ("the director of Black Panther", "USAELI"), ("Boseman", "USAELI", "wrote of Boseman"),
    ("Actor Denzel Washington", "USAELI"), ("Boseman", "USAELI", "paid for Boseman to attend"), ("BADA", "GBREDU", "attend BADA"),
    ("Chadwick Boseman", "USAELI", "God bless Chadwick Boseman"), ("Wayne A. I. Frederick", "USAEDU"),
    ("president of Howard University", "USAEDU"), ("alumnus Chadwick Boseman", "USAELI"), ("MTV", "USAMED"),
    ("Boseman", "USAELI", "passing of Boseman"), ("Boseman", "USAELI", "when Boseman gave"), ("James Shaw Jr.", "USACVL"),
    ("a shooter", "USACVL"), ("ABC", "USAMED", "During ABC's"), ("a number of celebrities", "USAELI"), ("Oprah Winfrey", "USAELI"),
    ("Whoopi Goldberg", "USAELI"), ("Kevin Feige", "USABUS"), ("Bob Iger", "USABUS"), ("Robert Downey Jr.", "USAELI"),
    ("Scarlett Johansson", "USAELI"), ("Don Cheadle", "USAELI"), ("Jeremy Renner", "USAELI"), ("Winston Duke", "USAELI"),
    ("Mark Ruffalo", "USAELI"), ("Paul Rudd", "USAELI"), ("Downey", "USAELI", "Downey said of Boseman"),
    ("Boseman", "USAELI", "Downey said of Boseman"), ("The Walt Disney Company", "USABUS"), ("Marvel Studios", "USABUS"),
    ("ABC", "USAMED", "Marvel Studios and ABC")],
  events=[])
A["wn-2020-100"] = dict(split="dev", actors=[
    ("U.S. Prohibition Party presidential nominee Phil Collins", "USAOPP"), ("Wikinews accredited reporter William S. Saturn", "---MED"),
    ("Collins", "USAOPP", "Collins is currently chairm"), ("the Prohibition Party", "USAOPP", "chairman of the Prohibition Party.  Previously"),
    ("the Prohibition Party of Illinois", "USAOPP"), ("the Prohibition Party", "USAOPP", "the Prohibition Party's first choice"),
    ("the party", "USAOPP", "the party nominated a ticket"), ("Bill Bayes", "USAOPP"), ("C.L. Gammon", "USAOPP"),
    ("Bayes", "USAOPP", "Bayes withdrew"), ("Gammon", "USAOPP", "Gammon assumed"), ("the party", "USAOPP", "the party nominated Collins"),
    ("Collins", "USAOPP", "nominated Collins for Vice"), ("Gammon", "USAOPP", "Gammon withdrew"), ("Collins", "USAOPP", "Collins took over"),
    ("The party", "USAOPP", "The party picked"), ("anti-alcohol activist Billy Joe Parker", "USAOPP"), ("Collins", "USAOPP", "as Collins's new"),
    ("Parker", "USAOPP", "Parker spoke to"), ("Wikinews", "---MED", "Parker spoke to Wikinews"), ("Collins", "USAOPP", "Collins sought the nominati"),
    ("the American Independent Party", "USAOPP"), ("the Reform Party", "USAOPP", "the Reform Party for ballot"),
    ("Collins", "USAOPP", "Collins lost the nomination"), ("businessman Rocky De La Fuente", "USAOPP"),
    ("De La Fuente", "USAOPP", "short of De La Fuente"), ("the Reform Party", "USAOPP", "the Reform Party presidential"),
    ("the Prohibition Party", "USAOPP", "the Prohibition Party has attained"), ("the party", "USAOPP", "the party appeared on"),
    ("nominee Earl Dodge", "USAOPP"), ("The Prohibition Party", "USAOPP", "The Prohibition Party is the third"),
    ("the party", "USAOPP", "the party supported the Eight"), ("the party", "USAOPP", "the party has declined"),
    ("the George L. Pennock Trust", "USANGO"), ("the party", "USAOPP", "the party's operating expense"),
    ("Wikinews", "---MED", "Wikinews has previously"), ("presidential nominee Gene Amondson", "USAOPP"),
    ("presidential nominee James (Jim) Hedges", "USAOPP"), ("Collins", "USAOPP", "Collins makes it three"),
    ("Wikinews", "---MED", "With Wikinews, Collins"), ("Collins", "USAOPP", "With Wikinews, Collins"),
    ("Prohibition Party", "USAOPP", "Prohibition Party?"), ("President Donald Trump", "USAGOV"), ("former President Barack Obama", "USAELI"),
    ("President Trump", "USAGOV"), ("Prohibition Party presidential nominee Jim Hedges", "USAOPP"),
    ("the party", "USAOPP", "the most for the party since"), ("Collins", "USAOPP", "a Collins administration"),
    ("the Supreme Court", "USAJUD"), ("Congress", "USALEG"), ("Armenia", "ARMGOV"), ("Azerbaijan", "AZEGOV")],
  events=[
    ("USANGO", "USAOPP", "071", "which pays the party's operating expenses", "pays", {"note": "standing support since 1939"}),
  ])
