# Hand annotations: seed + first Wikinews batch. Tuple: (source, target, cameo, sentence substring, trigger, {date, place, ...})
A = {}
A["seed"] = dict(actors=[
    ("Hossein Amir Abdollahian", "IRNGOV"), ("Qasim al-Araji", "IRQGOV"), ("The Iraqi government", "IRQGOV"),
    ("Kurdistan Regional Government", "IRQGOV"), ("Islamic Revolution Guards Corps", "IRNMIL"),
    ("Fuad Hussein", "IRQGOV"), ("Jeyhun Bayramov", "AZEGOV"), ("armed terrorists", "IRQREB"),
    ("Western military", "WSTMIL")],
  events=[
    ("IRNGOV", "IRQGOV", "1042", "The Iraqi government and the Kurdistan Regional Government must take", "must take full responsibility"),
    ("IRNGOV", "IRQGOV", "043", "In a meeting with Iraqi National Security Advisor Qasim al-Araji", "meeting", {"date": "2022-10-15", "place": "Tehran"}),
    ("IRNGOV", "IRQGOV", "051", "Iran has always backed a prosperous Iraqi government and country", "backed"),
    ("IRNGOV", "IRQREB", "130", "Iran, however, will not tolerate the continuation of the armed", "will not tolerate", {"date": "2022-10-15"}),
    ("IRNGOV", "IRQGOV", "0312", "emphasized the significance of strengthening bilateral security", "strengthening bilateral security cooperation", {"date": "2022-10-15"}),
    ("IRQGOV", "IRNGOV", "0312", "will unquestionably respond to any attempt to undermine Iran's security", "respond", {"date": "2022-10-15", "modality": "future"}),
    ("IRQGOV", "IRNGOV", "042", "Al-Araji headed a high-ranking security delegation to Iran", "delegation to", {"date": "2022-10-15", "place": "Tehran"}),
    ("IRNMIL", "IRQREB", "190", "Recent military operations by the Islamic Revolution Guards Corps", "military operations", {"place": "Kurdistan region"}),
    ("IRNGOV", "IRQGOV", "041", "During a phone chat with his Iraqi counterpart Fuad Hussein last week", "phone chat", {"date": "2022-W40"}),
    ("IRNGOV", "IRQREB", "130", "the Islamic Republic will not put up with more action against itself", "will not put up with", {"date": "2022-W40"}),
    ("IRNGOV", "AZEGOV", "041", "during a phone conversation with his Azeri counterpart Jeyhun Bayramov", "phone conversation", {"date": "2022-10-15"}),
    ("IRNGOV", "---MIL", "110", "underling Iran's opposition to the stationing of any foreign military", "opposition", {"date": "2022-10-15", "place": "Caucasus"}),
    ("IRNGOV", "AZEGOV", "051", "He praised the recent summit between the presidents of Iran and Azerbaijan", "praised", {"date": "2022-10-15"}),
    ("IRNGOV", "AZEGOV", "044", "He praised the recent summit between the presidents of Iran and Azerbaijan", "summit", {"date": "2022-10-13", "place": "Astana", "symmetric": True}),
    ("AZEGOV", "IRNGOV", "051", "For his part, Bayramov praised bilateral relations.", "praised", {"date": "2022-10-15"}),
    ("AZEGOV", "IRNGOV", "051", "He also supported Iran's position on this issue", "supported", {"date": "2022-10-15"}),
    ("AZEGOV", "WSTMIL", "110", "expressed his objection to the deployment of Western military", "objection", {"date": "2022-10-15"}),
  ])
A["wn-2019-015"] = dict(actors=[
    ("Germany", "DEU"), ("Mahan Air", "IRNBUS"), ("Mike Pompeo", "USAGOV"), ("Federal Aviation Office of Germany", "DEUGOV"),
    ("Steffen Seibert", "DEUGOV"), ("Richard Grenell", "USAGOV"), ("Bashar al-Assad", "SYRGOV"),
    ("European Union", "IGOEUREEC"), ("Donald Trump", "USAGOV"), ("Deutsche Bahn", "DEUBUS")],
  events=[
    ("DEUGOV", "IRNBUS", "163", "Germany on Monday banned Iranian airline Mahan Air from flying", "banned", {"date": "2019-01-21"}),
    ("USAGOV", "IRNBUS", "163", "Mahan has been the subject of United States sanctions since 2011", "sanctions", {"date": "2011"}),
    ("USAGOV", "IRNBUS", "112", "The airline transports weapons and fighters across the Middle East", "according to a tweet", {"date": "2019-01-21"}),
    ("USAGOV", "DEUGOV", "022", "The US has been encouraging allies such as Germany to restrict", "encouraging"),
    ("DEUGOV", "USAGOV", "040", "the ban followed discussions within Europe and with the US", "discussions"),
    ("USAGOV", "IRNBUS", "1122", "contributed to incredible human suffering, violence, and political", "alleged"),
    ("USAGOV", "IRNBUS", "112", "The United States government claims Mahan flies fighters and cargo", "claims"),
    ("IRNBUS", "SYRGOV", "072", "Mahan flies fighters and cargo to Syria in support of al-Assad", "in support of"),
    ("IGOEUREEC", "IRNGOV", "163", "the European Union sanctioned Iran earlier in the month", "sanctioned", {"date": "2019-01"}),
    ("DEUBUS", "IRN", "160", "have announced plans to pull out of the Middle Eastern nation", "pull out", {"modality": "future"}),
    ("USAGOV", "IRNGOV", "127", "Donald Trump withdrew the US from a nuclear nonproliferation treaty", "withdrew", {"date": "2018"}),
  ])
A["wn-2019-016"] = dict(actors=[
    ("the Taliban", "AFGREB"), ("National Directorate for Security", "AFGSPY"), ("Sharif Hotak", "AFGGOV"),
    ("Zabiullah Mujahid", "AFGREB"), ("Zalmay Khalilzad", "USAGOV"), ("Abdurrahman Mangal", "AFGGOV")],
  events=[
    ("AFGREB", "AFGSPY", "1832", "A car bomb was on Monday rammed into a military base in Maidan Shahr", "rammed", {"date": "2019-01-21", "place": "Maidan Shahr"}),
    ("AFGGOV", "AFGGOV", "112", "Hotak also alleged the central government are \"hiding accurate", "alleged"),
    ("AFGREB", "AFGSPY", "015", "The Taliban have claimed responsibility.", "claimed responsibility"),
    ("AFGREB", "USAGOV", "044", "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy", "met", {"date": "2019-01-21", "place": "Qatar"}),
    ("AFGREB", "AFG", "1832", "Last week a Kabul car bombing killed five and wounded 110", "car bombing", {"date": "2019-W03", "place": "Kabul"}),
    ("AFGREB", "---MIL", "1056", "the Taliban wants foreign forces to leave and the Afghan government", "wants foreign forces to leave"),
    ("AFGREB", "AFGGOV", "125", "the Afghan government shut out of peace talks", "shut out"),
  ])
A["wn-2019-020"] = dict(actors=[
    ("Ziad al-Sharabi", "AREMED"), ("Moammar al-Eryani", "YEMGOV"), ("Ali bin Tamim", "AREMED"),
    ("Houthi rebels", "YEMREB"), ("Saba", "YEMMED"), ("United Nations", "IGOUNO")],
  events=[
    (None, "AREMED", "183", "A bombing was yesterday reported to have killed Abu Dhabi TV", "bombing", {"date": "2019-01-29", "place": "Mokha"}),
    ("AREMED", "YEMREB", "112", "attributed the bombing to Houthi rebels", "attributed", {"date": "2019-01-29"}),
    ("YEMMED", "YEMREB", "112", "Similar attributions of responsibility were made by state news firm", "attributions"),
    ("YEMGOV", "YEMREB", "112", "Similar attributions of responsibility were made by state news firm", "attributions"),
    ("AREMED", "YEMREB", "112", "Tamim claimed Houthis have attacked journalists previously", "claimed"),
    ("YEMGOV", "IRN", "112", "According to al-Eryani, the rebels are backed by Iran.", "backed"),
    ("YEMMIL", "YEMREB", "190", "anti-Houthi, pro-government coalition fighting the Houthis", "fighting", {"place": "Mokha"}),
    ("YEMREB", "YEMGOV", "192", "since the capital, Sanaa, fell under Houthi control in 2014", "fell under Houthi control", {"date": "2014", "place": "Sanaa"}),
    ("IGOUNO", "YEM", "074", "the United Nations is attempting a peacekeeping mission", "peacekeeping mission"),
  ])
A["wn-2019-069"] = dict(actors=[
    ("African Union", "IGOAFRAFU"), ("Muhammadu Buhari", "NGAGOV"), ("Patrice Talon", "BENGOV"),
    ("Albert Muchanga", "IGOAFRAFU"), ("Mahamadou Issoufou", "NERGOV"), ("Abdel Fattah el-Sisi", "EGYGOV"),
    ("International Monetary Fund", "IGOBUSIMF")],
  events=[
    ("NGAGOV", "IGOAFRAFU", "057", "Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed", "signed", {"date": "2019-07-07", "place": "Niamey"}),
    ("BENGOV", "IGOAFRAFU", "057", "Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed", "signed", {"date": "2019-07-07", "place": "Niamey"}),
    ("NGAGOV", "IGOAFRAFU", "0311", "Nigeria previously announced it planned to join the AfCFTA", "planned to join"),
    ("BENGOV", "IGOAFRAFU", "0311", "AU trade and industry commissioner Albert Muchanga announced Benin", "was to join"),
    ("NERGOV", "NGAGOV", "051", "Nigeria is Africa's biggest economy and most populous country", "said"),
    ("IGOBUSIMF", "IGOAFRAFU", "051", "The International Monetary Fund said in May the AfCFTA might be", "economic game changer", {"date": "2019-05"}),
  ])
