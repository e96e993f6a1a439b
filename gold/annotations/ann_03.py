A = {}
A["wn-2020-002"] = dict(actors=[
    ("the Parliament of Iraq", "IRQLEG"), ("United States troops", "USAMIL"), ("Qasem Soleimani", "IRNMIL"),
    ("Adil Abdul-Mahdi", "IRQGOV"), ("Morgan Ortagus", "USAGOV"), ("The Foreign Ministry of Iraq", "IRQGOV"), ("ISIS", "IMG")],
  events=[
    ("IRQLEG", "USAMIL", "166", "the Parliament of Iraq voted on a resolution to expel United States", "expel", {"date": "2020-01-05"}),
    ("USAMIL", "IRNMIL", "195", "The move follows the United States' killing of Qasem Soleimani", "killing", {"date": "2020-W01", "place": "Baghdad International Airport"}),
    ("IRQLEG", "IRQLEG", "143", "was boycotted by both Kurdish and Sunni Members of Parliament", "boycotted", {"date": "2020-01-05"}),
    ("IRQGOV", "USAMIL", "0256", "recommended the United States troops in Iraq withdraw", "recommended"),
    ("USAGOV", "IRQLEG", "110", "indicated the United States was disappointed by the Parliament's", "disappointed", {"date": "2020-01-05"}),
    ("USAGOV", "IRQGOV", "0242", "we strongly urge Iraqi leaders to reconsider the importance", "urge", {"date": "2020-01-05"}),
    ("IMG", "IRQ", "192", "after the group took over about a third of the country", "took over"),
    ("IRQGOV", "USAGOV", "111", "characterized the attack as \"a serious violation of Iraqi sovereignty\"", "serious violation"),
  ])
A["wn-2020-003"] = dict(actors=[("Qasem Soleimani", "IRNMIL"), ("United States", "USAMIL")],
  events=[
    ("USAMIL", "IRNMIL", "195", "He was killed last week by a United States military airstrike in Iraq", "killed", {"date": "2020-W01", "place": "Iraq"}),
  ])
FM = ["EGYGOV", "GRCGOV", "CYPGOV", "FRAGOV"]
A["wn-2020-006"] = dict(actors=[
    ("Sameh Shoukry", "EGYGOV"), ("Nikos Dendias", "GRCGOV"), ("Nikos Christodoulides", "CYPGOV"), ("Jean-Yves Le Drian", "FRAGOV"),
    ("Luigi Di Maio", "ITAGOV"), ("Turkish Ministry of Foreign Affairs", "TURGOV"), ("Erdoğan", "TURGOV"),
    ("Kyriakos Mitsotakis", "GRCGOV"), ("Libyan House of Representatives", "LBYLEG"), ("Athens", "GRC")],
  events=
    [(s, t, "111", "an assembly of several foreign ministers in Cairo denounced", "denounced", {"date": "2020-01-08", "place": "Cairo"})
     for s in FM for t in ("TURGOV", "LBYGOV")] +
    [("TURGOV", "LBYGOV", "057", "in which Turkey and Libya agreed on maritime borders", "agreed", {"date": "2019-11-27", "symmetric": True})] +
    [("EGYGOV", t, "043", "gathered in Cairo on Wednesday to discuss Libya–Turkey relations", "gathered", {"date": "2020-01-08", "place": "Cairo"})
     for t in ("GRCGOV", "CYPGOV", "FRAGOV")] +
    [("ITAGOV", "EGYGOV", "042", "joined the talks as an observer", "joined the talks", {"date": "2020-01-08", "place": "Cairo"})] +
    [(s, "TURGOV", "0242", "They called on Turkey to halt their drilling operations", "called on", {"date": "2020-01-08"}) for s in FM] +
    [("TURGOV", t, "111", "the Turkish Ministry of Foreign Affairs denounced the conclusions", "denounced", {"date": "2020-01-09"}) for t in FM] +
    [("TURGOV", t, "026", "they invited the countries to open dialogue, with the exception", "invited", {"date": "2020-01-09"}) for t in ("EGYGOV", "GRCGOV", "FRAGOV")] +
    [("GRCGOV", t, "111", "called the border agreement \"null and void\" and \"geographically", "null and void", {"date": "2020-01-07"}) for t in ("TURGOV", "LBYGOV")] +
    [("GRCGOV", "LBYGOV", "161", "Athens expelled the Libyan ambassador to Greece over the agreement", "expelled")])
A["wn-2020-008"] = dict(actors=[
    ("representatives from Iran", "IRNGOV"), ("Hassan Rouhani", "IRNGOV"), ("Mike Pompeo", "USAGOV"),
    ("Volodymyr Zelenskyy", "UKRGOV"), ("Qasem Soleimani", "IRNMIL"), ("US troops", "USAMIL")],
  events=[
    ("IRNGOV", "UKR", "015", "representatives from Iran acknowledged their government had", "acknowledged", {"date": "2020-01-11"}),
    ("IRNMIL", "UKRBUS", "190", "had \"unintentionally\" shot down a Ukrainian passenger jet near Tehran", "shot down", {"date": "2020-01-08", "place": "Tehran"}),
    ("IRNGOV", "USAGOV", "112", "blaming \"human error\" and the fear of aggression from the United", "blaming", {"date": "2020-01-11"}),
    ("IRNGOV", "UKR", "055", "The Islamic Republic of Iran deeply regrets this disastrous mistake", "regrets"),
    ("IRNMIL", "USAMIL", "195", "Iran launched missiles targeting US troops in Iraqi military bases", "launched missiles", {"date": "2020-01-08", "place": "Iraq"}),
    ("USAMIL", "IRNMIL", "195", "in response to the US airstrike that killed Iranian general", "airstrike", {"place": "Baghdad"}),
    ("USAGOV", "IRNGOV", "112", "US Secretary of State Mike Pompeo said the crash was \"likely\"", "said"),
    ("IRNGOV", None, "016", "For several days Iran denied the accusation.", "denied"),
    ("UKRGOV", "IRNGOV", "101", "We expect from Iran assurances of their readiness for a full and open", "expect"),
    ("UKRGOV", "IRNGOV", "1053", "the return of the bodies of the dead, the payment of compensation", "return of the bodies"),
  ])
A["wn-2020-072"] = dict(actors=[
    ("Fars", "IRNMED"), ("Iran", "IRNJUD"), ("Interpol", "IGOCOPITP"), ("Donald Trump", "USAGOV"), ("ISNA", "IRNMED"),
    ("Ali Alghasi Mehr", "IRNJUD"), ("Brian Hook", "USAGOV"), ("Qasem Soleimani", "IRNMIL")],
  events=[
    ("IRNJUD", "USAGOV", "173", "Iran issued arrest warrants on 36 people believed to have been involved", "arrest warrants", {"date": "2020-06-29"}),
    ("USAGOV", "IRNMIL", "186", "involved in the assassination of the general Qasem Soleimani", "assassination", {"date": "2020-01"}),
    ("IRNJUD", "IGOCOPITP", "1013", "demanded from Interpol to publish a red notice for US president", "demanded", {"date": "2020-06-29"}),
    ("IRNJUD", "USAGOV", "130", "adding Iran will pursue the prosecution of Trump even after he ends", "will pursue the prosecution", {"modality": "future"}),
    ("IGOCOPITP", "IRNJUD", "1213", "they \"would not consider requests of this nature\"", "would not consider"),
    ("USAGOV", "IRNGOV", "111", "It is a propaganda stunt that no-one takes seriously.", "propaganda stunt", {"place": "Saudi Arabia"}),
  ])
