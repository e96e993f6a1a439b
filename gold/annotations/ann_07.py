A = {}
TRI = [("CYPGOV", "GRCGOV"), ("CYPGOV", "ISRGOV"), ("GRCGOV", "ISRGOV")]
A["wn-2020-005"] = dict(actors=[
    ("Kyriakos Mitsotakis", "GRCGOV"), ("Atlantic Council", "USANGO"), ("Libyan House of Representatives", "LBYLEG"),
    ("International Monetary Fund", "IGOBUSIMF"), ("President Trump", "USAGOV"), ("Benjamin Netanyahu", "ISRGOV"),
    ("Yuval Steinitz", "ISRGOV"), ("Nicos Anastasiades", "CYPGOV"), ("Energean", "GRCBUS"), ("DEPA", "GRCBUS"),
    ("Hami Aksoy", "TURGOV"), ("Stefano Patuanelli", "ITAGOV"), ("Mike Pompeo", "USAGOV"), ("Athens", "GRC")],
  events=
    [("GRCGOV", "TURGOV", "111", "calling it \"null and void\" and \"geographically ridiculous\"", "null and void", {"date": "2020-01-07", "place": "Washington"}),
     ("GRCGOV", "LBYGOV", "111", "calling it \"null and void\" and \"geographically ridiculous\"", "null and void", {"date": "2020-01-07", "place": "Washington"}),
     ("LBYLEG", "LBYGOV", "127", "the Libyan House of Representatives rejected the demarcation", "rejected"),
     ("GRCGOV", "TURGOV", "036", "they keep channels to Turkey open for dialog", "open for dialog", {"date": "2020-01-07"}),
     ("GRCGOV", "IGOBUSIMF", "040", "Later on Tuesday Mitsotakis met with the International Monetary Fund", "met", {"date": "2020-01-07", "place": "Washington"}),
     ("GRCGOV", "USAGOV", "042", "then with President Trump, where he denounced the border agreement", "met", {"date": "2020-01-07", "place": "Washington"}),
     ("GRCGOV", "TURGOV", "111", "then with President Trump, where he denounced the border agreement", "denounced", {"date": "2020-01-07", "place": "Washington"}),
     ("GRCGOV", "CYPGOV", "043", "the delegations of Cyprus, Greece and Israel had met for their seventh", "met", {"date": "2020-01-02", "place": "Athens"}),
     ("GRCGOV", "ISRGOV", "043", "the delegations of Cyprus, Greece and Israel had met for their seventh", "met", {"date": "2020-01-02", "place": "Athens"})] +
    [(a, b, "057", "The agreement was signed by the energy ministers.", "signed", {"date": "2020-01-02", "place": "Athens", "symmetric": True}) for a, b in TRI] +
    [("ISRGOV", "ITAGOV", "0211", "Netanyahu called on Italy and Egypt to join the project", "called on"),
     ("ISRGOV", "EGYGOV", "0211", "Netanyahu called on Italy and Egypt to join the project", "called on")] +
    [("USAGOV", t, "051", "The United States expressed its support via the December 20 signing", "expressed its support") for t in ("GRCGOV", "CYPGOV", "ISRGOV")] +
    [("TURGOV", "LBYGOV", "057", "On November 27, Turkey and Libya signed a maritime border agreement", "signed", {"date": "2019-11-27", "symmetric": True}),
     ("GRCGOV", "LBYGOV", "161", "Athens expelled the Libyan ambassador to Greece over this issue", "expelled"),
     ("IGOEUREEC", "TURGOV", "163", "Turkey is already under EU sanctions", "sanctions")] +
    [(s, "TURGOV", "111", "was condemned in a joint statement by Egypt, Greece and Cyprus", "condemned", {"date": "2019-10-08"}) for s in ("EGYGOV", "GRCGOV", "CYPGOV")] +
    [(a, b, "057", "a memorandum of understanding about the pipeline was signed between", "signed", {"date": "2017", "symmetric": True}) for a, b in TRI] +
    [("CYPGOV", "EGYGOV", "057", "Cyprus and Egypt had signed an alternative deal to export Aphrodite", "signed", {"date": "2018-09-19", "symmetric": True})] +
    [(a, b, "040", "During the trilateral meeting of Cyprus, Greece and Israel on January", "meeting", {"date": "2016-01-28", "symmetric": True}) for a, b in TRI])
A["wn-2019-014"] = dict(actors=[
    ("Tony Mendez", "USASPY"), ("Michael Morell", "USAELI"), ("revolutionaries", "IRNREB"), ("U.S. embassy", "USAGOV"),
    ("Six other U.S. diplomats", "USAGOV"), ("Canadian embassy", "CANGOV"), ("Jimmy Carter", "USAGOV")],
  events=[
    ("IRNREB", "USAGOV", "181", "captured the U.S. embassy, taking dozens of people there hostage", "hostage", {"date": "1979", "place": "Iran"}),
    ("CANGOV", "USAGOV", "075", "Six other U.S. diplomats fled to the Canadian embassy and hid", "hid", {"date": "1979"}),
    ("USAGOV", "USASPY", "051", "Mendez was awarded the Intelligence Star by then-U.S.-president", "awarded"),
  ])
A["wn-2019-130"] = dict(actors=[
    ("European Court of Justice", "IGOEUREEC"), ("Eva Glawischnig-Piesczek", "AUTOPP"), ("Facebook Ireland Limited", "IRLBUS"),
    ("a Facebook user registered from Ireland", "IRLCVL"), ("Supreme Court of Justice", "AUTJUD"), ("Jennifer Daskal", "USAEDU"),
    ("Facebook", "USABUS")],
  events=[
    ("IGOEUREEC", "IRLBUS", "116", "The Luxembourg-based court issued a judgement favorable to the plaintiff", "judgement", {"date": "2019-10-03", "place": "Luxembourg"}),
    ("IRLCVL", "AUTOPP", "111", "The comments called her political party facsist and termed her", "called", {"date": "2016"}),
    ("AUTOPP", "IRLBUS", "115", "Glawischnig-Piesczek sued in Austria for defamation and won", "sued", {"place": "Austria"}),
    ("AUTJUD", "IRLBUS", "116", "Glawischnig-Piesczek sued in Austria for defamation and won", "won", {"place": "Austria"}),
    ("IRLBUS", "AUTJUD", "080", "Facebook was ordered to remove the post which it did by making it", "remove"),
    ("AUTJUD", "IGOEUREEC", "0213", "brought the case before the ECJ, asking for clarifications of EU law", "asking"),
    ("USAEDU", "IGOEUREEC", "111", "the court demonstrated a shocking ignorance of the technology involved", "shocking ignorance"),
    ("USABUS", "IGOEUREEC", "111", "It undermines the long-standing principle that one country", "undermines"),
  ])
A["wn-2019-156"] = dict(actors=[
    ("Magyar Nemzet", "HUNMED"), ("HDT Védelmi Ipari Kft.", "HUNBUS"), ("Hirtenberger Defence Group", "AUTBUS"),
    ("Gáspár Maróth", "HUNGOV"), ("Viktor Orbán", "HUNGOV"), ("Airbus", "MNC"), ("US President Trump", "USAGOV"), ("NATO", "IGOWSTNAT")],
  events=[
    ("HUNBUS", "AUTBUS", "061", "acquired Austrian mortar and shell manufacturer Hirtenberger Defence", "acquired", {"date": "2019-10-29"}),
    ("HUNBUS", "AUTBUS", "046", "Maróth said the Hungarian bid won after lengthy negotiations", "negotiations"),
    ("HUNGOV", "CZE", "061", "Hungary licensed Czech firearm technology and started assembling", "licensed", {"date": "2018"}),
    ("HUNGOV", "MNC", "061", "then agreed with Airbus to open a helicopter parts factory", "agreed", {"date": "2018", "place": "Gyula"}),
    ("USAGOV", "IGOWSTNAT", "0242", "US President Trump has called for NATO members to increase military", "called for"),
  ])
