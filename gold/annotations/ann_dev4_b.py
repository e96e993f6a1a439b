# Dev split 4, annotator B: hand annotations made by reading each article (never from tidings output).
A = {}
A["wn-2019-021"] = dict(split="dev4", actors=[
    ("Bruce McArthur", "CANCRM"), ("McArthur", "CANCRM", "McArthur pleaded guilty"), ("the Superior Court", "CANJUD"),
    ("McArthur", "CANCRM", "McArthur murdered gay men"), ("gay men", "CANCVL"), ("Skandaraj Navaratnam", "CANCVL"),
    ("The 67-year-old killer", "CANCRM"), ("LGBT activist Andrew Kinsman", "CANCVL"), ("police", "CANCOP", "interviewed by police"),
    ("the prosecution", "CANJUD"), ("Toronto Police", "CANCOP"), ("Some members of the local LGBT community", "CANCVL"),
    ("mayor John Tory", "CANGOV"), ("Daily Xtra", "CANMED"), ("Rachel Giese", "CANMED"), ("authorities", "CANCOP", "asked of authorities")],
  events=[
    ("CANCRM", "CANCVL", "015", "on Tuesday admitted his guilt in eight murders", "admitted his guilt", {"date": "2019-01-29", "place": "Superior Court", "note": "guilty plea; 'pleaded guilty to each crime at the Superior Court' is the same event"}),
    ("CANCRM", "CANCVL", "1823", "Beginning in 2010 and continuing for seven years, McArthur murdered", "murdered", {"note": "2010-2017"}),
    ("CANCOP", "CANCRM", "091", "A search of McArthur's van found an alleged murder weapon", "search", {"note": "passive search; the investigators are the police"}),
    (None, "CANCOP", "112", "face allegations they failed to react quickly enough", "allegations"),
    ("CANCVL", "CANCOP", "111", "Some members of the local LGBT community have been critical", "critical"),
    ("CANGOV", "CANCOP", "0214", "mayor John Tory on Tuesday suggested a broader probe", "suggested a broader probe", {"date": "2019-01-29", "note": "probe into the circumstances of the police response; addressee not named"}),
  ])
A["wn-2019-050"] = dict(split="dev4", actors=[
    ("Ford Motor Company", "USABUS"), ("the United States Department of Justice", "USAJUD"),
    ("Ford", "USABUS", "Ford said in a financial filing"), ("the U.S. Securities and Exchange Commission", "USAGOV"),
    ("the federal government", "USAGOV"), ("another automaker", "---BUS"), ("the government", "USAGOV", "cooperating with the government"),
    ("The Verge", "USAMED", "Ford told The Verge"), ("state and federal agencies", "USAGOV"), ("all government agencies", "USAGOV"),
    ("The employees", "USABUS"), ("law firm Sidley Austin", "USABUS"), ("the U.S. Environmental Protection Agency", "USAGOV"),
    ("the California Air Resources Board", "USAGOV")],
  events=[
    ("USAJUD", "USABUS", "091", "Department of Justice was performing a criminal investigation", "criminal investigation", {"note": "announced by Ford on Friday 2019-04-26; the start date is unspecified"}),
    ("USABUS", "USAGOV", "064", "after Ford voluntarily disclosed the matter to the federal government", "disclosed", {"date": "2019-02-21"}),
    ("USABUS", "USAGOV", "063", "Ford is fully cooperating with the government", "cooperating", {"note": "cooperation with the criminal investigation; 'We are fully cooperating with all government agencies' is the same"}),
    ("USABUS", "USABUS", "091", "In February, Ford announced investigating itself", "investigating itself", {"date": "2019-02"}),
    ("USABUS", "USAGOV", "064", "Ford voluntarily disclosed this matter to the U.S. Environmental", "disclosed", {"date": "2019-02-18"}),
    ("USABUS", "USAGOV", "064", "and also to the California Air Resources Board on February 21", "disclosed", {"date": "2019-02-21", "note": "a state agency, a different disclosure from the federal one"}),
  ])
A["wn-2019-058"] = dict(split="dev4", actors=[
    ("Governor Kay Ivey", "USAGOV"), ("the Senate of the state", "USALEG"),
    ("Republican state representative Terri Collins", "USALEG"), ("the US Supreme Court", "USAJUD"), ("Terri", "USALEG"),
    ("the Supreme Court", "USAJUD", "after the Supreme Court revisits"), ("Planned Parenthood", "USANGO"),
    ("the American Civil Liberties Union", "USANGO"), ("The governor", "USAGOV"), ("Alabamians", "USACVL")],
  events=[
    ("USAGOV", "USACVL", "172", "Governor Kay Ivey signed the Alabama Human Life Protection Act", "signed", {"date": "2019-05-15", "place": "Alabama", "note": "law outlawing nearly all abortions: a restriction imposed on the state's residents"}),
    (None, "USAGOV", "140", "The bill has sparked controversy and protests.", "protests", {"note": "protesters not named"}),
    ("USANGO", "USAGOV", "115", "have announced their plans to oppose the bill by lawsuit", "lawsuit", {"modality": "future", "note": "Planned Parenthood and the ACLU (both USANGO) against the state law"}),
  ])
