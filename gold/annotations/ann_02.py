A = {}
A["wn-2019-120"] = dict(actors=[
    ("Hatice Cengiz", "TURCVL"), ("Jamal Khashoggi", "SAUMED"), ("Mohammad bin Salman", "SAUGOV"),
    ("Agnès Callamard", "IGOUNO"), ("The CIA", "USASPY"), ("Saudi agents", "SAUGOV")],
  events=[
    ("TURCVL", "SAU", "0213", "calling for the killers of Khashoggi to be brought to justice", "calling for", {"date": "2019-09-26", "place": "New York"}),
    ("SAUGOV", "SAUMED", "186", "Khashoggi was murdered last October in the Saudi consulate in Istanbul", "murdered", {"date": "2018-10", "place": "Istanbul"}),
    ("SAUGOV", "SAUMED", "015", "accepted responsibility for the murder of journalist Jamal Khashoggi", "accepted responsibility", {"date": "2018-12"}),
    ("TURCVL", "SAUGOV", "111", "Cengiz called Mohammad's admission a \"political maneuver.\"", "political maneuver"),
    ("USASPY", "SAUGOV", "112", "believe the crown prince ordered Khashoggi's killing", "believe"),
    ("IGOUNO", "USASPY", "0214", "Callamard encouraged the CIA to release the files", "encouraged"),
    ("SAUJUD", "SAU", "173", "eleven individuals have been charged with the murder", "charged", {"place": "Saudi Arabia"}),
    ("SAUGOV", None, "016", "Saudi Arabia initially denied all claims that Khashoggi was slain", "denied"),
    ("IGOUNO", "SAUGOV", "112", "a UN report eventually concluded evidence supported his murder", "concluded"),
  ])
A["wn-2019-137"] = dict(actors=[
    ("Boris Johnson", "GBRGOV"), ("Anne Sacoolas", "USACVL"), ("Harry Dunn", "GBRCVL"), ("Nick Adderley", "GBRCOP"),
    ("Stephen Mold", "GBRGOV"), ("US Embassy in London", "USAGOV"), ("Dominic Raab", "GBRGOV"), ("Mike Pompeo", "USAGOV"),
    ("The State Department", "USAGOV")],
  events=[
    ("GBRGOV", "USAGOV", "0213", "asking the United States to waive diplomatic immunity for Anne Sacoolas", "asking", {"date": "2019-10-07"}),
    ("GBRGOV", "USAGOV", "110", "I do not think that it can be right to use the process of diplomatic", "do not think that it can be right", {"date": "2019-10-07"}),
    ("GBRGOV", "USAGOV", "040", "we've raised or are raising today with the American ambassador", "raising", {"date": "2019-10-07"}),
    ("GBRCOP", "USAGOV", "0213", "wrote to the US Embassy in London asking to waive her diplomatic", "asking"),
    ("GBRGOV", "USAGOV", "0213", "Crime Commissioner Stephen Mold, urged the immunity be waived", "urged"),
    ("USAGOV", "GBRCOP", "1213", "The embassy declined the request and said the Socoolas family left", "declined"),
    ("GBRGOV", "USAGOV", "0213", "Foreign Secretary Dominic Raab urged the embassy to reconsider", "urged"),
    ("GBRGOV", "USAGOV", "040", "spoke with US Secretary of State Mike Pompeo about the case", "spoke"),
    ("USAGOV", "GBRCVL", "018", "The State Department gave its \"deepest sympathies\"", "deepest sympathies"),
  ])
A["wn-2019-151"] = dict(actors=[
    ("United States Department of Transportation", "USAGOV"), ("Mike Pompeo", "USAGOV"), ("Elaine Chao", "USAGOV"),
    ("Cuban government", "CUBGOV"), ("Nicolás Maduro", "VENGOV"), ("Bruno Parrilla", "CUBGOV")],
  events=[
    ("USAGOV", "CUB", "163", "announced new restrictions on flights to Cuba", "restrictions", {"date": "2019-10-25"}),
    ("USAGOV", "CUBGOV", "1122", "Pompeo cited the Cuban government's \"ongoing repression", "repression"),
    ("CUBGOV", "USAGOV", "111", "I strongly reject new #US blockade measure", "reject"),
    ("CUBGOV", "USAGOV", "124", "they won't extract any concession from us", "won't extract any concession"),
  ])
A["wn-2019-157"] = dict(actors=[
    ("Combined Joint Task Force Operation Inherent Resolve", "USAMIL"), ("Iraqi Security Forces", "IRQMIL"),
    ("Government of Iraq", "IRQGOV"), ("Iraqi militias associated with Iran", "IRQREB"), ("Protesters", "IRQCVL"),
    ("Saddam Hussein", "IRQGOV")],
  events=[
    (None, "IRQMIL", "194", "an attack that day on an Iraqi air base housing U.S. military", "attack", {"date": "2019-11-08", "place": "Mosul"}),
    ("USAMIL", "IRQMIL", "051", "We appreciate the Iraqi Security Forces immediate response", "appreciate", {"date": "2019-11-08"}),
    ("IRQMIL", None, "093", "We appreciate the Iraqi Security Forces immediate response", "investigation", {"date": "2019-11-08"}),
    ("IRQREB", "USAMIL", "138", "some Iraqi militias associated with Iran had made threats against U.S.", "threats"),
    ("USAMIL", "IRQMIL", "062", "to eliminate Islamic State elements in cooperation with Iraqi security", "cooperation"),
    ("IRQCVL", "IRQGOV", "141", "anti-government protests continue in Baghdad", "protests", {"place": "Baghdad"}),
    ("IRQCVL", "IRNGOV", "112", "Protesters have claimed Iran, especially, amongst other outside parties", "claimed"),
    ("IRQCVL", "IRQGOV", "1044", "Their demands have included dissolving Parliament", "demands"),
    ("USAMIL", "IRQGOV", "190", "after a U.S.-led coalition ousted Saddam Hussein", "ousted", {"date": "2003"}),
    ("USAMIL", "IRQ", "087", "U.S. troops left Iraq in 2011, then at the Iraqi", "left", {"date": "2011"}),
    ("IRQGOV", "USAGOV", "0212", "then at the Iraqi government's request returned three years later", "request", {"date": "2014"}),
  ])
A["wn-2020-001"] = dict(actors=[
    ("United States military forces", "USAMIL"), ("Qasem Soleimani", "IRNMIL"), ("Quds Force", "IRNMIL"),
    ("Abu Mahdi al-Muhandis", "IRQREB"), ("Popular Mobilization Forces", "IRQREB"), ("Donald Trump", "USAGOV"),
    ("United States Department of Defense", "USAGOV"), ("Ahmed al-Assadi", "IRQREB"),
    ("Sayyid Ali Hosseini Khamenei", "IRNGOV"), ("Benjamin Netanyahu", "ISRGOV"), ("Adil Abdul-Mahdi", "IRQGOV")],
  events=[
    ("USAMIL", "IRNMIL", "195", "United States military forces killed Qasem Soleimani", "killed", {"date": "2020-01-02", "place": "Baghdad International Airport"}),
    ("USAMIL", "IRQREB", "195", "who was also killed in the airstrike", "killed", {"date": "2020-01-02", "place": "Baghdad International Airport"}),
    ("USAGOV", "IRNMIL", "112", "The United States called its actions defensive in nature, pointing", "pointing to"),
    ("IRQREB", "USAGOV", "194", "The military strike follows rocket attacks on the United States Embassy", "rocket attacks", {"place": "Baghdad"}),
    ("USAGOV", "IRNMIL", "1123", "General Soleimani was actively developing plans to attack American", "developing plans to attack"),
    ("IRQREB", "ISRGOV", "112", "blamed both Israel and the United States for the attack", "blamed"),
    ("IRQREB", "USAGOV", "112", "blamed both Israel and the United States for the attack", "blamed"),
    ("ISRGOV", "USAGOV", "051", "found the air strike justified and called Trump's order swift", "justified"),
    ("USAGOV", "IRQ", "161", "The United States Embassy in Iraq had suspended operations", "suspended operations", {"date": "2020-01-03"}),
    ("IRQGOV", "USAGOV", "111", "spoke out against the attack, calling it \"an aggression on Iraq", "spoke out against"),
    ("USAGOV", "IRNMIL", "163", "labeled Soleimani as a terrorist and levied sanctions against him", "levied sanctions", {"date": "2007"}),
    ("USAGOV", "IRNMIL", "163", "He was further sanctioned in 2011 in relation to a plot to kill", "sanctioned", {"date": "2011"}),
    ("USAGOV", "IRNMIL", "163", "designated the IRGC as a terrorist organization", "designated", {"date": "2019-04"}),
    ("USAGOV", "IRQREB", "163", "had also levied individual sanctions against al-Muhandis", "levied"),
  ])
