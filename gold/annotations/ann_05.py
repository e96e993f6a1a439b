A = {}
A["wn-2019-064"] = dict(actors=[
    ("Hong Kong protesters", "HKGCVL"), ("Hong Kong Police Headquarters", "HKGCOP"), ("the Chinese government", "CHNGOV"),
    ("Hong Kong student groups", "HKGEDU"), ("Carrie Lam", "HKGGOV"), ("Legal and religious groups", "HKGJUD"), ("The British", "GBRGOV")],
  events=[
    ("HKGCVL", "HKGCOP", "144", "gathered around Hong Kong's principal police complex, blocking the exits", "blocking", {"date": "2019-06-21", "place": "Hong Kong"}),
    ("HKGCVL", "HKGGOV", "1412", "This comes after weeks of protests against a proposed change", "protests"),
    ("HKGGOV", "HKGCVL", "0832", "The bill was suspended after last week's protests", "suspended", {"date": "2019-W24"}),
    ("HKGEDU", "HKGGOV", "139", "Hong Kong student groups had given the government until Thursday", "given the government until Thursday"),
    ("HKGCVL", "HKGGOV", "101", "Protesters' demands include investigation of alleged police violence", "demands"),
    ("HKGCVL", "HKGGOV", "1053", "the release and dropping of charges against protesters who were arrested", "release"),
    ("HKGCVL", "HKGGOV", "0241", "They had asked Hong Kong Chief Executive Carrie Lam", "asked"),
    ("HKGJUD", "HKGGOV", "0242", "Legal and religious groups have also called for the bill to be dropped", "called for"),
    ("HKGREL", "HKGGOV", "0242", "Legal and religious groups have also called for the bill to be dropped", "called for"),
    ("GBRGOV", "CHNGOV", "084", "The British relinquished control of Hong Kong to China in 1997", "relinquished", {"date": "1997"}),
  ])
A["wn-2019-096"] = dict(actors=[
    ("Carrie Lam", "HKGGOV"), ("China", "CHN"), ("protesters", "HKGCVL"), ("Joshua Wong", "HKGOPP"),
    ("Amnesty International", "NGOHRIAMN"), ("Man-kei Tam", "NGOHRIAMN")],
  events=[
    ("HKGGOV", "HKGCVL", "0832", "announced that her government will officially withdraw a proposed bill", "withdraw", {"date": "2019-09-04"}),
    ("HKGGOV", "HKGCVL", "1232", "did not accede to protesters' demands for a new judge-led investigation", "did not accede", {"date": "2019-09-04"}),
    ("HKGOPP", "HKGGOV", "111", "They have conceded nothing in fact, and a full-scale clampdown", "conceded nothing"),
    ("HKGCVL", "HKGGOV", "112", "She's just doing this to try and disintegrate the movement.", "disintegrate"),
    ("NGOHRIAMN", "HKGGOV", "1122", "have chosen to suppress protests in a grossly unlawful way", "suppress"),
    ("HKGCOP", "HKGCVL", "173", "More than 1000 people have been arrested since the protests began", "arrested"),
  ])
A["wn-2019-088"] = dict(actors=[
    ("Emmanuel Macron", "FRAGOV"), ("G7", "IGOGOS"), ("Angela Merkel", "DEUGOV"), ("Boris Johnson", "GBRGOV"),
    ("Jair Bolsonaro", "BRAGOV"), ("Greenpeace", "NGOENV"), ("Brazil's National Institute for Space Research", "BRAGOV")],
  events=[
    ("FRAGOV", "IGOGOS", "022", "French President Emmanuel Macron called for G7 action to correct", "called for", {"date": "2019-08-22"}),
    ("DEUGOV", "FRAGOV", "051", "The call was quickly seconded by German Chancellor Angela Merkel", "seconded"),
    ("GBRGOV", "FRAGOV", "051", "The call was quickly seconded by German Chancellor Angela Merkel", "seconded"),
    ("GBRGOV", "BRA", "033", "to provide whatever help we can to bring them under control", "We stand ready"),
    ("BRAGOV", "FRAGOV", "111", "Brazilian President Jair Bolsonaro opposed Macron's statement", "opposed"),
    ("NGOENV", "BRAGOV", "112", "blame him for encouraging farmers and agrobusiness to set fires", "blame"),
  ])
A["wn-2019-117"] = dict(actors=[
    ("Nancy Pelosi", "USALEG"), ("Donald Trump", "USAGOV"), ("Doug Collins", "USALEG"), ("Jerrold Nadler", "USALEG"),
    ("Volodymyr Zelensky", "UKRGOV"), ("Hunter Biden", "USA"), ("Joe Biden", "USAOPP")],
  events=[
    ("USALEG", "USAGOV", "090", "announced that she would be launching an impeachment inquiry", "impeachment inquiry", {"date": "2019-09-24"}),
    ("USALEG", "USAGOV", "112", "Pelosi called Trump's conduct a \"breach of his Constitutional", "breach"),
    ("USAGOV", "UKRGOV", "041", "in a phone call in late July, Trump might have encouraged", "phone call", {"date": "2019-07"}),
    ("USAGOV", "UKRGOV", "0213", "Trump might have encouraged newly elected Ukrainian president", "encouraged", {"date": "2019-07", "modality": "possible"}),
    ("USAGOV", "USALEG", "111", "attacked the impeachment investigation as \"Witch Hunt garbage.\"", "attacked"),
  ])
A["wn-2019-108"] = dict(actors=[
    ("Donald Trump", "USAGOV"), ("Hamza bin Laden", "IMG"), ("Al-Qaeda", "IMG"), ("United States Department of Defense", "USAMIL"),
    ("The US State Department", "USAGOV"), ("Osama bin Laden", "IMG"), ("US special forces", "USAMIL")],
  events=[
    ("USAMIL", "IMG", "190", "has been killed in a US counter-terrorism operation", "killed", {"place": "Afghanistan/Pakistan region"}),
    ("USAGOV", None, "011", "The press asked Trump about it that same day, but he declined to comment", "declined to comment", {"date": "2019-07-31"}),
    ("IMG", "USA", "180", "orchestrated the 9/11 attacks on the US of 2001", "attacks", {"date": "2001"}),
    ("USAMIL", "IMG", "190", "Osama was killed by US special forces in Pakistan in 2011", "killed", {"date": "2011", "place": "Pakistan"}),
  ])
