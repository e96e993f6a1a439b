A = {}
A["wn-2019-106"] = dict(actors=[
    ("Saudi Aramco", "SAUBUS"), ("Houthi movement", "YEMREB"), ("Saudi Press Agency", "SAUMED"), ("Yahya Sarea", "YEMREB"),
    ("Mike Pompeo", "USAGOV"), ("Abdrabbuh Mansur Hadi", "YEMGOV"), ("Royal Saudi Air Force", "SAUMIL"), ("Al-Qaeda", "IMG")],
  events=[
    ("YEMREB", "SAUBUS", "1952", "were hit by multiple drone strikes in a pre-dawn", "drone strikes", {"date": "2019-09-14", "place": "Abqaiq"}),
    ("YEMREB", "SAUBUS", "015", "The Yemen-based Houthi movement claimed responsibility", "claimed responsibility", {"date": "2019-09-14"}),
    ("YEMREB", "SAU", "138", "we warn the Saudis that our targets will keep expanding", "warn"),
    ("USAGOV", "IRNGOV", "112", "posted a message on Twitter blaming Iran for the attacks", "blaming"),
    ("SAUGOV", "YEMGOV", "072", "Saudi Arabia started supporting the government of Abdrabbuh Mansur", "supporting", {"date": "2015"}),
    ("SAUMIL", "YEMREB", "195", "providing airstrikes with the Royal Saudi Air Force", "airstrikes", {"date": "2015"}),
    ("IMG", "SAU", "1831", "Abqaiq was the target of an Al-Qaeda suicide attack", "suicide attack", {"date": "2006", "place": "Abqaiq"}),
  ])
A["wn-2019-114"] = dict(actors=[
    ("Hassan Rouhani", "IRNGOV"), ("foreign forces", "---MIL"), ("Houthi movement", "YEMREB"), ("Saudi Arabia", "SAU"),
    ("the United States", "USA"), ("United Nations General Assembly", "IGOUNO")],
  events=[
    ("IRNGOV", "---MIL", "1056", "foreign powers should \"get out of the region\"", "get out of the region", {"date": "2019-09-22", "place": "Tehran"}),
    ("IRNMIL", "CHNMIL", "062", "Iran has increased cooperation in the last few years with the navies", "cooperation"),
    ("IRNMIL", "INDMIL", "062", "Iran has increased cooperation in the last few years with the navies", "cooperation"),
    ("IRNMIL", "OMNMIL", "062", "Iran has increased cooperation in the last few years with the navies", "cooperation"),
    ("IRNMIL", "PAKMIL", "062", "Iran has increased cooperation in the last few years with the navies", "cooperation"),
    ("IRNMIL", "RUSMIL", "062", "Iran has increased cooperation in the last few years with the navies", "cooperation"),
    ("YEMREB", "SAU", "015", "The attack was claimed by the Houthi movement in Yemen", "claimed"),
    ("SAUGOV", "IRNGOV", "112", "both Saudi Arabia and the United States have alleged Iranian involvement", "alleged"),
    ("USAGOV", "IRNGOV", "112", "both Saudi Arabia and the United States have alleged Iranian involvement", "alleged"),
    ("USAGOV", "SAUGOV", "0334", "committing to send more troops to Saudi Arabia", "committing to send", {"modality": "future"}),
    ("AUSMIL", "USAMIL", "062", "announced a naval coalition to patrol the Persian Gulf which was joined", "joined"),
    ("BHRMIL", "USAMIL", "062", "announced a naval coalition to patrol the Persian Gulf which was joined", "joined"),
    ("SAUMIL", "USAMIL", "062", "announced a naval coalition to patrol the Persian Gulf which was joined", "joined"),
    ("GBRMIL", "USAMIL", "062", "announced a naval coalition to patrol the Persian Gulf which was joined", "joined"),
    ("AREMIL", "USAMIL", "062", "announced a naval coalition to patrol the Persian Gulf which was joined", "joined"),
  ])
A["wn-2019-133"] = dict(actors=[
    ("Donald Trump", "USAGOV"), ("Recep Tayyip Erdoğan", "TURGOV"), ("Syrian Democratic Forces", "SYRREB"), ("Kino Gabriel", "SYRREB"),
    ("Kurdistan Workers' Party", "TURREB"), ("Nikki Haley", "USAELI"), ("Brett McGurk", "USAELI"), ("Lindsey Graham", "USALEG"),
    ("ISIS", "IMG")],
  events=[
    ("USAGOV", "SYR", "0356", "announced US troops would be leaving Syria", "announced", {"date": "2019-10-06", "modality": "future"}),
    ("USAGOV", "TURGOV", "041", "after Trump had a phone conversation with Turkish President", "phone conversation", {"date": "2019-10-06"}),
    ("USAMIL", "SYRREB", "062", "The US had been allied with Kurdish groups in fighting ISIS", "allied"),
    ("SYRREB", "USAGOV", "110", "opposed the withdrawal and said it was previously given", "opposed"),
    ("SYRREB", "USAGOV", "111", "it is a stab in the back for the SDF", "stab in the back"),
    ("TURGOV", "SYRREB", "138", "\"neutralizing the threat stemming from PKK-YPG terrorist\"", "neutralizing"),
    ("USAELI", "USAGOV", "111", "Leaving them to die is a big mistake.", "big mistake"),
    ("USAELI", "USAGOV", "111", "also  criticized the decision via Twitter", "criticized"),
    ("USAGOV", "TURGOV", "1312", "I will totally destroy and obliterate the Economy of Turkey", "destroy and obliterate"),
    ("USAGOV", "TURGOV", "100", "They must, with Europe and others, watch over the captured ISIS", "must"),
    ("USALEG", "USAGOV", "111", "impulsive decision by the president has undone all the gains", "impulsive decision"),
    ("USALEG", "USAGOV", "051", "I applaud the president for getting the Kurds and the Arabs", "applaud"),
  ])
A["wn-2019-143"] = dict(actors=[
    ("Syrian Democratic Forces", "SYRREB"), ("the government of Syria", "SYRGOV"), ("Syrian Army", "SYRMIL"),
    ("Bashar al-Assad", "SYRGOV"), ("Donald Trump", "USAGOV"), ("Recep Tayyip Erdoğan", "TURGOV"),
    ("Kurdistan Workers' Party", "TURREB"), ("People's Protection Units", "SYRREB"), ("European Union", "IGOEUREEC"),
    ("Jens Stoltenberg", "IGOWSTNAT")],
  events=[
    ("SYRREB", "SYRGOV", "057", "announced it had entered into an agreement with the government", "agreement", {"date": "2019-10-13", "symmetric": True}),
    ("TURMIL", "SYR", "190", "after Turkey began a military offensive into north-eastern Syria", "military offensive", {"date": "2019-10-09", "place": "north-eastern Syria"}),
    ("SYRMIL", None, "154", "government forces began deploying into previously SDF controlled", "deploying", {"date": "2019-10-14"}),
    ("USAGOV", "SYR", "0356", "the United States announced a complete withdrawal from the region", "withdrawal", {"date": "2019-10-13"}),
    ("TURMIL", "SYRREB", "195", "fighters escaped following Turkish airstrikes from a camp at Ain Issa", "airstrikes", {"place": "Ain Issa"}),
    ("USAGOV", "TURGOV", "041", "US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke", "spoke on the phone", {"date": "2019-10-06", "symmetric": True}),
    ("TURGOV", "TURREB", "112", "named both the Kurdistan Workers' Party (PKK) and People's Protection", "terrorists"),
    ("TURGOV", "SYRREB", "112", "named both the Kurdistan Workers' Party (PKK) and People's Protection", "terrorists"),
    ("IGOEUREEC", "TURGOV", "111", "The operation was condemned by members of the European Union", "condemned"),
    ("TURGOV", "IGOWSTNAT", "0212", "Erdoğan cited Article 5 of the NATO treaty and said", "stand by us", {"date": "2019-10-14"}),
    ("IGOWSTNAT", "TURGOV", "0256", "I count on Turkey to act with restraint", "count on"),
  ])
