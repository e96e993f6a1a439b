A = {}
A["wn-2019-085"] = dict(actors=[
    ("Hongkongers", "HKGCVL"), ("Chinese government", "CHNGOV"), ("The Civil Human Rights Front", "HKGNGO"),
    ("police", "HKGCOP"), ("People's Liberation Army", "CHNMIL"), ("A university student named Wong", "HKGEDU"), ("The British", "GBRGOV")],
  events=[
    ("HKGCVL", "CHNGOV", "1413", "marched from downtown Victoria Park toward the Central district", "marched", {"date": "2019-08-18", "place": "Victoria Park"}),
    ("HKGCOP", "HKGNGO", "120", "had sent the police a plan for yesterday's march, which they rejected", "rejected"),
    ("HKGCOP", "HKGCVL", "182", "severely injured by police in an earlier protest", "injured"),
    ("CHNMIL", "HKGCVL", "138", "even in the face of threats of the People's Liberation Army", "threats"),
    ("HKGEDU", "HKGGOV", "133", "For as long as the government doesn't respond, there will only be more", "more large-scale protests"),
    ("HKGGOV", "HKGCVL", "0832", "Although the bill was suspended, protesters' demands have expanded", "suspended"),
    ("HKGCVL", "HKGGOV", "1042", "protesters' demands have expanded to complete dismissal of the bill", "demands"),
    ("HKGCVL", "HKGGOV", "101", "an investigation of police misconduct during the protests", "demands"),
    ("HKGCVL", "HKGGOV", "1044", "greater democratic reform, including a more representative process", "demands"),
    ("GBRGOV", "CHNGOV", "084", "The British relinquished control of Hong Kong to China in 1997", "relinquished", {"date": "1997"}),
  ])
A["wn-2019-068"] = dict(actors=[
    ("Youssef Chahed", "TUNGOV"), ("Islamic State of Iraq and the Levant", "IMG"),
    ("Tunisian League for the Defence of Human Rights", "TUNNGO"), ("Jamel Msallem", "TUNNGO"), ("Samir Dilou", "TUNLEG"),
    ("Souhail Alouini", "TUNLEG"), ("Zine El Abidine Ben Ali", "TUNGOV")],
  events=[
    ("TUNGOV", "TUNCVL", "172", "signed a government decree banning anyone wearing a niqab from entering", "banning", {"date": "2019-07-05"}),
    ("IMG", "TUN", "1831", "two people were killed and at least eight people were injured", "suicide bombing", {"date": "2019-06-27", "place": "Tunis"}),
    ("IMG", "TUN", "015", "claimed responsibility for all three attacks", "claimed responsibility"),
    ("TUNNGO", "TUNGOV", "051", "we find justifications for this decision", "justifications"),
    ("TUNLEG", "TUNGOV", "051", "so every measure which is led by security motives is understandable", "understandable"),
    ("DZAGOV", "DZACVL", "172", "cited security concerns to impose bans on niqabs", "impose bans"),
    ("MARGOV", "MARCVL", "172", "cited security concerns to impose bans on niqabs", "impose bans"),
    ("TUNGOV", "TUNCVL", "081", "That ban was lifted in 2011.", "lifted", {"date": "2011"}),
  ])
