A = {}
A["wn-2019-045"] = dict(actors=[
    ("Recep Tayyip Erdoğan", "TURGOV"), ("United Nations Educational, Scientific and Cultural Organization", "IGOUNOEDU"),
    ("George Katrougalos", "GRCGOV"), ("United States Commission on International Religious Freedom", "USAGOV"),
    ("Donald Trump", "USAGOV"), ("Israel", "ISR")],
  events=[
    ("IGOUNOEDU", "TURGOV", "111", "despite criticism by the Greek foreign minister and United Nations", "criticism"),
    ("GRCGOV", "TURGOV", "111", "it is an insult to the international community and international law", "insult", {"date": "2019-03-27"}),
    ("USAGOV", "TURGOV", "111", "Religious Freedom (USCIRF) also criticized the move", "criticized", {"date": "2019-03-28"}),
    ("USAGOV", "TURGOV", "0242", "recommending to maintain the status of the monument as a museum", "recommending", {"date": "2019-03-28"}),
    ("TURGOV", "USAGOV", "111", "Erdogan also attacked the proclamation of Golan Heights", "attacked", {"date": "2019-03-27"}),
    ("USAGOV", "ISRGOV", "051", "the proclamation of Golan Heights as official Israeli territory", "proclamation", {"date": "2019-03-25"}),
    ("ISRMIL", "SYR", "192", "which belonged to Syria and was occupied by Israel", "occupied", {"place": "Golan Heights"}),
  ])
A["wn-2020-007"] = dict(actors=[
    ("Qaboos bin Said", "OMNGOV"), ("Mohammad Javad Zarif", "IRNGOV"), ("Boris Johnson", "GBRGOV"),
    ("The government of Oman", "OMNGOV"), ("Haitham bin Tariq Al Said", "OMNGOV")],
  events=[
    ("IRNGOV", "OMNGOV", "051", "Tributes were paid by world leaders including the Iranian Foreign", "Tributes"),
    ("GBRGOV", "OMNGOV", "051", "Tributes were paid by world leaders including the Iranian Foreign", "Tributes"),
    ("OMNGOV", "IRN", "045", "he helped negotiate the Iran nuclear deal that was signed in 2015", "helped negotiate", {"date": "2015"}),
  ])
A["wn-2019-024"] = dict(actors=[
    ("the state", "SYRGOV"), ("Russia", "RUS"), ("The United States", "USA"), ("Bashar al-Assad", "SYRGOV"),
    ("China", "CHN"), ("Iran", "IRN")],
  events=[
    ("SYRMIL", "SYRREB", "195", "The district was recaptured by the state in 2016 following heavy bombing", "bombing", {"date": "2016", "place": "Aleppo"}),
    ("RUSMIL", "SYRMIL", "062", "in an operation supported by Russia", "supported", {"date": "2016"}),
    ("USAGOV", "SYRGOV", "1311", "The US has further indicated no support will come without political", "no support will come"),
    ("CHNGOV", "SYRGOV", "0331", "China, Iran, and Russia have pledged funds and Syria is taxing", "pledged"),
    ("IRNGOV", "SYRGOV", "0331", "China, Iran, and Russia have pledged funds and Syria is taxing", "pledged"),
    ("RUSGOV", "SYRGOV", "0331", "China, Iran, and Russia have pledged funds and Syria is taxing", "pledged"),
  ])
A["wn-2019-099"] = dict(actors=[
    ("Robert Mugabe", "ZWEELI"), ("Emmerson Mnangagwa", "ZWEGOV"), ("Zimbabwe African National Union", "ZWEOPP"),
    ("Ian Smith's government", "ZWEGOV"), ("Movement for Democratic Change", "ZWEOPP"), ("Morgan Tsvangirai", "ZWEOPP"),
    ("European Union", "IGOEUREEC"), ("the army", "ZWEMIL"), ("Vladimir Putin", "RUSGOV"), ("Ashton Bumhira", "ZWENGO")],
  events=[
    ("ZWEGOV", "ZWEOPP", "173", "but was arrested in 1963 and was imprisoned until 1974", "arrested", {"date": "1963"}),
    ("ZWEREB", "ZWEGOV", "190", "Mugabe led a militant guerrilla movement against Ian Smith's government", "guerrilla movement"),
    ("WST", "ZWEREB", "051", "He was also praised in the West.", "praised"),
    ("ZWEGOV", "ZWECVL", "202", "the Gukurahundi massacres saw thousands if not tens of thousands", "massacres"),
    ("ZWEGOV", "ZWEBUS", "1711", "he instituted a policy of confiscating land from white farm-owners", "confiscating", {"date": "199"}),
    ("IGOEUREEC", "ZWEGOV", "110", "neither the European Union nor the United States would endorse", "would endorse", {"date": "2000"}),
    ("USAGOV", "ZWEGOV", "110", "neither the European Union nor the United States would endorse", "would endorse", {"date": "2000"}),
    ("ZWEGOV", "ZWEOPP", "1231", "Refusing to give up power, Mugabe agreed to power-sharing", "Refusing to give up power", {"date": "2008"}),
    ("ZWEGOV", "ZWEOPP", "057", "Refusing to give up power, Mugabe agreed to power-sharing", "agreed to power-sharing", {"date": "2008"}),
    ("ZWEOPP", "ZWEGOV", "112", "despite Tsvangirai's allegations of widespread fraud", "allegations", {"date": "2013"}),
    ("ZWEGOV", "ZWEOPP", "160", "Mugabe ended the power-sharing", "ended", {"date": "2013"}),
    ("ZWEMIL", "ZWEGOV", "173", "having first placed Mugabe under house arrest", "house arrest", {"date": "2017-11-15"}),
    ("ZWEGOV", "ZWEMIL", "0831", "in exchange for his official resignation on November 21", "resignation", {"date": "2017-11-21"}),
    ("ZWEGOV", "ZWEELI", "051", "Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated", "icon of liberation", {"date": "2019-09-06"}),
    ("RUSGOV", "ZWEELI", "051", "He made a great personal contribution to the battle for your country", "great personal contribution"),
    ("ZWENGO", "ZWEELI", "111", "He was a dictator. He was ruthless.", "dictator"),
  ])
A["wn-2019-122"] = dict(actors=[
    ("United States House of Representatives", "USALEG"), ("Mike Pompeo", "USAGOV"), ("Donald Trump", "USAGOV"),
    ("Kurt Volker", "USAGOV"), ("Volodymyr Zelensky", "UKRGOV"), ("Andriy Yermak", "UKRGOV"), ("Rudy Giuliani", "USA"),
    ("Joe Biden", "USAOPP"), ("Eliot Engel", "USALEG"), ("Adam Schiff", "USALEG"), ("Elijah Cummings", "USALEG")],
  events=[
    ("USALEG", "USAGOV", "101", "issued a subpoena for documents from Secretary of State Mike Pompeo", "subpoena", {"date": "2019-09-27"}),
    ("USALEG", "USAGOV", "101", "The House issued a deposition request for Volker", "deposition request", {"date": "2019-09-27"}),
    ("USA", "UKRGOV", "040", "he helped facilitate a meeting between Giuliani, claiming to represent", "meeting", {"date": "2019-07"}),
    ("USA", "UKRGOV", "0213", "attempts by Rudy Giuliani to encourage investigations", "encourage"),
    ("USAGOV", "UKRGOV", "041", "a phone call made by President Trump late last July to Ukrainian", "phone call", {"date": "2019-07"}),
    ("USAGOV", "UKRGOV", "0213", "Trump asks Zelensky to investigate Joe Biden and his son", "asks", {"date": "2019-07"}),
    ("USAGOV", "UKRGOV", "1622", "Trump had ordered his staff to delay around US$400 million", "delay", {"date": "2019-07"}),
    ("RUSMIL", "UKRMIL", "190", "which is currently in a military conflict with Russia", "military conflict", {"symmetric": True}),
    ("USAGOV", "UKRGOV", "0242", "he called for the government of Ukraine to reduce corruption", "called for"),
    ("USAGOV", "UKRGOV", "1311", "the aid was contingent on their addressing corruption", "contingent"),
    ("USAGOV", None, "016", "denied that he made any specific deal about the Bidens", "denied"),
  ])
