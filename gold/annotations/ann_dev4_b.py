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
A["wn-2019-073"] = dict(split="dev4", actors=[
    ("The United States House of Representatives", "USALEG"), ("Commerce Secretary Wilbur Ross", "USAGOV"),
    ("Attorney General William Barr", "USAGOV"), ("Congress", "USALEG", "refusal to disclose to Congress"),
    ("President Donald Trump", "USAGOV"), ("the Department of Justice", "USAJUD", "Historically, the Department of Justice"),
    ("the House Oversight and Reform Committee", "USALEG"), ("the administration", "USAGOV", "relating to the administration's decision"),
    ("Barr", "USAGOV", "Barr and Ross, however"), ("Ross", "USAGOV", "Barr and Ross, however"), ("the Oversight Committee", "USALEG"),
    ("the full House", "USALEG"), ("Trump", "USAGOV", "Trump formally claimed"), ("the Trump administration", "USAGOV", "For weeks, the Trump administration"),
    ("the United States Supreme Court", "USAJUD"), ("Trump", "USAGOV", "Trump announced he would drop"),
    ("the administration", "USAGOV", "A few days later the administration"), ("the Supreme Court", "USAJUD"),
    ("The administration", "USAGOV", "The administration finally gave up"), ("the Census Bureau", "USAGOV"),
    ("Congress", "USALEG", "Only once before has Congress"), ("Attorney General Eric Holder", "USAGOV"),
    ("the Department of Justice", "USAJUD", "referred to the Department of Justice"), ("Barr", "USAGOV", "Barr leads"),
    ("Kerri Kupec", "USAJUD"), ("the Trump administration's Department of Justice", "USAJUD"), ("the House", "USALEG", "the House's decision"),
    ("Ross", "USAGOV", "which Ross has referred")],
  events=[
    ("USALEG", "USAGOV", "173", "voted to hold two current Cabinet officers", "in contempt of Congress", {"note": "contempt of Congress for Ross and Barr (both USAGOV)"}),
    ("USALEG", "USAGOV", "101", "the House Oversight and Reform Committee authorized subpoenas", "subpoenas", {"date": "2019-04"}),
    ("USAGOV", "USALEG", "120", "Barr and Ross, however, refused to hand over the documents.", "refused", {"note": "refusal to comply with the subpoenas; 'citing their refusal to disclose' in the first sentence is the same"}),
    ("USAGOV", "USALEG", "120", "Trump formally claimed the documents were subject to executive privilege", "claimed", {"date": "2019-06-12", "note": "executive privilege: refusal to hand the documents to Congress"}),
    ("USAJUD", "USAGOV", "116", "the United States Supreme Court ruled against its initial attempt", "ruled against", {"date": "2019-06"}),
    ("USALEG", "USAGOV", "173", "Attorney General Eric Holder was held in contempt in 2012", "held in contempt", {"date": "2012", "note": "agent (Congress) from the previous clause"}),
    ("USAJUD", "USALEG", "111", "sharply criticized the House's decision", "sharply criticized", {"note": "Kupec speaks for the Department of Justice"}),
    ("USAGOV", "USALEG", "111", "which Ross has referred to as \"gamesmanship\" and a \"stunt\"", "\"gamesmanship\""),
  ])
A["wn-2019-082"] = dict(split="dev4", actors=[
    ("the Supreme Court of Puerto Rico", "PRIJUD"), ("the Puerto Rico Senate", "PRILEG", "filed by the Puerto Rico Senate"),
    ("Pedro Pierluisi", "PRIGOV"), ("Pierluisi", "PRIGOV", "Pierluisi was sworn in last week"),
    ("Governor Ricardo Rosselló Nevares", "PRIELI"), ("Secretary of Justice Wanda Vázquez Garced", "PRIGOV"),
    ("the Court", "PRIJUD", "The opinion of the Court"), ("Governor Vázquez", "PRIGOV", "Governor Vázquez had previously"),
    ("then-Secretary Vázquez", "PRIGOV"), ("The now-former governor Pierluisi", "PRIELI"), ("Rosselló", "PRIELI", "following Rosselló's resignation"),
    ("Rosselló", "PRIELI", "Before resigning, Rosselló"), ("both houses of the Legislative Assembly", "PRILEG"),
    ("the House of Representatives", "PRILEG"), ("the Senate", "PRILEG", "the Senate did not"), ("Pierluisi", "PRIGOV", "Pierluisi stated he would leave"),
    ("the Senate", "PRILEG", "if the Senate voted"), ("Pierluisi", "PRIGOV", "Pierluisi said the Senate"), ("the courts", "PRIJUD"),
    ("The Senate", "PRILEG", "The Senate was to meet"), ("Senate President Thomas Rivera Schatz", "PRILEG"),
    ("Senator Juan Dalmau", "PRILEG"), ("the Puerto Rico Senate", "PRILEG", "authority of the Puerto Rico Senate"),
    ("the Supreme Court", "PRIJUD", "the Supreme Court also found"), ("Governor Vázquez", "PRIGOV", "Governor Vázquez was appointed"),
    ("the ruling New Progressive Party", "PRIGOV"), ("the United States", "USA", "a state within the United States"),
    ("Rivera Schatz", "PRILEG", "Pierluisi, Rivera Schatz"), ("the New Progressive Party", "PRIGOV", "members of the New Progressive Party")],
  events=[
    ("PRIJUD", "PRIGOV", "116", "the Supreme Court of Puerto Rico issued a ruling finding in favor", "ruling", {"date": "2019-08-07", "note": "Pierluisi's oath as governor ruled unconstitutional"}),
    ("PRILEG", "PRIGOV", "115", "a lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi", "lawsuit", {"date": "2019-08-04", "note": "'Rivera Schatz filed the lawsuit ... late Sunday night' is the same event"}),
    ("PRILEG", "PRIGOV", "051", "the House of Representatives confirmed Pierluisi's nomination on Friday", "confirmed", {"date": "2019-08-02", "note": "legislative endorsement of the nomination"}),
    ("PRIGOV", "PRILEG", "0341", "Pierluisi stated he would leave the governorship if the Senate voted", "would leave", {"modality": "future", "note": "conditional promise to step down"}),
    ("PRIGOV", "PRILEG", "120", "Pierluisi said the Senate had no say in his confirmation", "no say", {"date": "2019-08-04"}),
  ])
