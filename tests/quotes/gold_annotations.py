"""The hand annotations behind gold/quotes.jsonl, and the script that writes it.

Each article: (distinctive words of the quote, kind, speaker as the text names them[, n-th
occurrence]). Texts are copied exactly from the corpus (Wikinews, CC BY 2.5) and the seed.
Annotated by reading each article, never from tidings' output. Rebuild with
``python tests/quotes/gold_annotations.py`` (needs ../shared).

Held out (annotated after the rules were written, scored before any tuning on them):
wn-2019-089, -117, wn-2020-177, -198, -209, -252, -267, -289 (first batch) and
wn-2019-101, -144, wn-2020-206, -216, -280, -285 (second batch).
"""

import csv
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("TIDINGS_SHARED", ROOT.parent / "shared"))
D, I, M = "direct", "indirect", "mixed"  # noqa: E741
A = {}
A["seed"] = [
    ("must take full responsibility for battling", I, "Hossein Amir Abdollahian"),
    ("Given good relations between the Islamic Republic", D, "Amir Abdollahian"),
    ("Iran has always backed a prosperous Iraqi government", I, "Amir Abdollahian"),
    ("Iran, however, will not tolerate the continuation", D, "Amir Abdollahian"),
    ("Tehran and Baghdad have expanding strategic ties", I, "Amir Abdollahian"),
    ("We see the security of Iraq", D, "Amir Abdollahian"),
    ("will unquestionably respond to any attempt", I, "al-Araji"),
    ("the Islamic Republic will not put up with more action", I, "Amir Abdollahian"),
    ("We will not tolerate the continuation of aggression", D, "Amir Abdollahian"),
    ("Foreign military in Caucasus is shared worry", D, None),
    ("Amir Abdollahian says presence of foreign military", D, "Amir Abdollahian"),
]
A[6] = [
    ("he can and may declare a national state of emergency", I, "Donald Trump"),
    ("the budget include funding for the wall", I, "Donald Trump"),
    ("I can do it [call a national emergency]", D, "Donald Trump"),
    ("he would prefer to agree a solution", I, "Donald Trump"),
    ("I never threaten anybody", D, "Donald Trump"),
    ("the wall was a crucial part of America", I, "Donald Trump"),
    ("in the midst of a crisis on our southern border", M, "Mike Pence"),
    ("We are committed to keeping our border safe", D, "Nancy Pelosi"),
    ("We made a plea to the president once again", D, "Chuck Schumer"),
    ("So we told the president we needed", D, "Chuck Schumer"),
    ("a non-starter", D, "Adam Schiff"),
    ("I can just tell you, I don't know", D, "Dick Durbin"),
    ("he would be okay if the impasse", M, "Donald Trump"),
]
A[15] = [
    ("this is for security reasons", I, "officials"),
    ("The airline transports weapons and fighters", D, "Mike Pompeo"),
    ("The Federal Aviation Office of Germany has suspended", I, "German officials"),
    ("Mahan's director, Hamid Arabnejad Khanooki, has alleged ties", I, "Rudaw"),
    ("that this airline carries out transports", M, "Steffen Seibert"),
    ("contributed to incredible human suffering", M, "Richard Grenell"),
    ("Mahan flies fighters and cargo to Syria", I, "The United States government"),
    ("the ban on Mahan Air is not part of any broader plan", I, "a German government source"),
]
A[29] = [
    ("Even though she relinquished her title", D, "Maha Vajiralongkorn"),
    ("Thai Raksa Chart party complies with the royal command", D, "Thai Raksa Chart Party"),
    ("relinquished my royal titles", M, "Princess Ubolratana"),
    ("she is generally treated as royalty", I, "Sources"),
]
A[37] = [
    ("the United States federal government's practice of registering men", I, "a federal judge"),
    ("the male-only draft violated the Due Process Clause", I, "Gray Miller"),
    ("the rationale for difference along gender lines", I, "Gray Miller"),
    ("make up 16% of the U.S. military", I, "CNA"),
    ("While historical restrictions on women in the military", D, "Gray Miller"),
    ("the average woman could conceivably be better suited", D, "Gray Miller"),
    ("the commission's scope allows it to advise", I, "USA Today"),
]
A[45] = [
    ("After elections, we will change Hagia Sophia", D, "Erdogan"),
    ("will no longer be called a museum", D, "Erdogan"),
    ("is not only a great temple of Christendom", D, "George Katrougalos"),
    ("this change would require its approval", I, "UNESCO"),
    (
        "Hagia Sophia bears profound historical",
        D,
        "United States Commission on International Religious Freedom",
    ),
    ("Those who remain silent when Masjid Al-Aqsa", D, "Erdogan"),
    ("he might rename the monument", I, "Erdogan"),
    ("Constantinople will never exist again", D, "Erdogan"),
    ("a change of name of a world heritage site", I, "UNESCO"),
]
A[56] = [
    ("the party was ready with amendments", I, "Jarosław Kaczyński"),
    ("We prepared changes to the penal code", D, "Jarosław Kaczyński"),
    ("I am deeply disturbed by what I saw", D, "Wojciech Polak"),
    ("just another apology", D, "Anna Franowska"),
    ("it almost appears as if the statement", D, "Anna Franowska"),
]
A[64] = [
    ("marred by allegations of torture", D, "BBC"),
]
A[68] = [
    ("Chahed signed a government decree that bars", D, "a government official"),
    ("the suicide bomber wore a face veil", I, "eyewitness reports"),
    ("We are for the freedom to dress", D, "Jamel Msallem"),
    ("Tunisia is facing terrorist attacks", D, "Samir Dilou"),
    ("We proposed a bill in 2016", D, "Souhail Alouini"),
]
A[88] = [
    ("Our house is burning", D, "Emmanuel Macron"),
    ("We stand ready", D, "Boris Johnson"),
    ("to provide whatever help we can", D, "Boris Johnson"),
    ("The French president's suggestion that Amazon issues", D, "Jair Bolsonaro"),
    ("there have been 85% more wildfires", I, "National Institute for Space Research"),
    ("the Amazon rainforest should be opened up", I, "Jair Bolsonaro"),
    ("This year we do not have an extreme drought", D, "Ane Alencar"),
]
A[96] = [
    ("her government will officially withdraw", I, "Carrie Lam"),
    ("The government will fully withdraw the bill", D, "Carrie Lam"),
    ("Our citizens, police and reporters", D, "Carrie Lam"),
    ("There have been chaotic scenes at the airport", D, "Carrie Lam"),
    ("Whenever there are signs of sending a palm branch", D, "Joshua Wong"),
    ("They always come with a far tighter grip", D, "Joshua Wong"),
    ("She's just doing this to try", D, "Katya"),
    ("The situation has escalated to a point", D, "Katya"),
    ("This announcement cannot change the fact", D, "Man-kei Tam"),
    ("More than 1000 people have been arrested", I, "The Guardian"),
]
A[103] = [
    ("he had asked for national security advisor", I, "Donald Trump"),
    ("I informed John Bolton last night", D, "Donald Trump"),
    ("and therefore I asked John for his resignation", D, "Donald Trump"),
    ("I offered to resign last night", D, "John Bolton"),
    ("I don't think that any leader around the world", D, "Mike Pompeo"),
    ("There were many times that Ambassador Bolton", D, "Mike Pompeo"),
]
A[114] = [
    ("get out of the region", M, "Hassan Rouhani"),
    ("The presence of foreign forces can be dangerous", D, "Hassan Rouhani"),
    ("Those who want to link the region", D, "Hassan Rouhani"),
    ("Your presence has always been a calamity", D, "Hassan Rouhani"),
    ("Iran has increased cooperation in the last few years", I, "Associated Press"),
    ("the attack included cruise missles", I, "the Saudi government"),
]
A[120] = [
    ("Crown Prince Mohammad bin Salman of Saudi Arabia accepted", I, "PBS"),
    ("It happened under my watch. I get", D, "Mohammad bin Salman"),
    ("Mohammad bin Salman is the de facto Saudi ruler", I, "Reuters"),
    ("political maneuver", D, "Hatice Cengiz"),
    ("By confessing this, he's also distancing", D, "Hatice Cengiz"),
    ("His fellow journalists did their best", D, "Hatice Cengiz"),
    ("What is so sad for me", D, "Hatice Cengiz"),
    ("is not seeing the punishment of the perpetrators", D, "Hatice Cengiz"),
    ("justice does not come swiftly", I, "Agnès Callamard"),
    ("True justice takes time", D, "Agnès Callamard"),
    ("patient and resilient", D, "Agnès Callamard"),
    ("evidence supported his murder and dismemberment", I, "a UN report"),
]
A[133] = [
    ("US troops would be leaving Syria", I, "Donald Trump"),
    ("US troops had defeated ISIS", I, "The statement"),
    ("assurances from the US that it would not allow", M, "Syrian Democratic Forces"),
    ("The statement was a surprise", D, "Kino Gabriel"),
    ("the SDF is largely made up of YPG militia", I, "BBC"),
    ("neutralizing the threat stemming from PKK", M, "Erdogan's office"),
    ("Turkey has an estimated two million Syrian refugees", I, "CNN"),
    ("We must always have the backs of our allies", D, "Nikki Haley"),
    ("The WH statement tonight on Syria", D, "Brett McGurk"),
    ("The SDF suffered thousands of casualties", D, "Brett McGurk"),
    ("As I have stated strongly before", D, "Donald Trump"),
    ("This is going to lead to ISIS", D, "Lindsey Graham"),
    ("ISIS is not defeated [...] The biggest lie", D, "Lindsey Graham"),
    ("his impulsive decision by the president", D, "Lindsey Graham"),
]
A[137] = [
    ("I think everybody's sympathies", D, "Boris Johnson"),
    ("And I hope that Anne Sacoolas will come back", D, "Boris Johnson"),
    ("was struck by a Volvo XC90", I, "traffic camera footage"),
    ("that she had no plans to leave the country", M, "Anne Sacoolas"),
    ("she and her husband Jonathan Socoolas left the country", I, "police"),
    ("the immunity be waived", I, "Nick Adderley"),
    ("the Socoolas family left per advice", I, "The embassy"),
    ("deepest sympathies", D, "The State Department"),
    ("intense attention at senior levels", M, "The State Department"),
    ("She didn't purposely drive", D, "Charlotte Charles"),
    ("All we need to do is ask her to come back", D, "Charlotte Charles"),
]
A[143] = [
    ("it had entered into an agreement", I, "Syrian Democratic Forces"),
    ("government forces began deploying", I, "Syrian state media"),
    ("An agreement has been reached with the Syrian government", D, "Syrian Democratic Forces"),
    ("entered Tell Tamer and Ain Issa", I, "state media"),
    ("hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped", I, "Syrian Democratic Forces"),
    ("to prevent the creation of a terror corridor", M, "Erdoğan"),
    ("supportive of the PKK", I, "Turkey"),
    ("They need to stand by us", D, "Erdoğan"),
    ("I count on Turkey to act with restraint", D, "Jens Stoltenberg"),
]
A[172] = [
    ("the attack consisted of three rockets", I, "The Daily Telegraph"),
    ("defensive", D, "United States Department of Defense", 2),
    ("At the direction of the President, the U.S. military", D, "United States Department of Defense"),
    ("the rocket strikes were carried out by sympathizers", I, "Business Insider"),
    ('Soleimani was "martyred" by the airstrike', M, "Iranian Revolutionary Guard Corps"),
    ("He was a stellar example of those educated", D, "Sayyid Ali Hosseini Khamenei"),
    ("an aggression on Iraq as a state", D, "Adil Abdul-Mahdi"),
]
A[173] = [
    ("the United States troops in Iraq withdraw", I, "Adil Abdul-Mahdi"),
    ("the United States was disappointed by the Parliament", I, "Morgan Ortagus"),
    ("While we await further clarification", D, "Morgan Ortagus"),
    ("we strongly urge Iraqi leaders to reconsider", D, "Morgan Ortagus"),
    ("a serious violation of Iraqi sovereignty", D, "Foreign Ministry of Iraq"),
]
A[179] = [
    ('their government had "unintentionally" shot down', M, "representatives from Iran"),
    ("human error", D, "representatives from Iran"),
    ("The Islamic Republic of Iran deeply regrets", D, "Hassan Rouhani"),
    ('the crash was "likely" Iran\'s doing', M, "Mike Pompeo"),
    ("We expect from Iran assurances", D, "Volodymyr Zelenskyy"),
]
A[182] = [
    ("has a very primitive understanding", M, "someone"),
    ("a model of honesty for me", M, "Oleksiy Honcharuk"),
    ("to remove any doubts about our respect", D, "Oleksiy Honcharuk"),
    ("I decided to give you and your government a chance", D, "Volodymyr Zelensky"),
]
A[243] = [
    ("Iran issued arrest warrants on 36 people", I, "Fars"),
    ("murder and terrorism charges", M, "Ali Alghasi Mehr"),
    ("Iran will pursue the prosecution of Trump", I, "Ali Alghasi Mehr"),
    ("any intervention or activities of a political", D, "an Interpol spokesperson"),
    ("would not consider requests of this nature", M, "an Interpol spokesperson"),
    ("This is a political nature", D, "Brian Hook"),
    ("It is a propaganda stunt", D, "Brian Hook"),
]
A[89] = [
    ("she will comply with the request", I, "Queen Elizabeth II"),
    ("this is a move by Johnson to foil opposition", I, "Critics"),
    ("this break will allow him to develop plans", I, "Boris Johnson"),
    ("this is a ploy to achieve a no-deal Brexit", I, "Johnson's critics"),
    ("We're not going to wait until Oct. 31", D, "Boris Johnson"),
    ("This is a new government with a very exciting agenda", D, "Boris Johnson"),
    ("smash and grab on our democracy", D, "Jeremy Corbyn"),
    ("However it is dressed up", D, "John Bercow"),
    ("Jeremy Corbyn wants to cancel the referendum", D, "Boris Johnson"),
    ("Boris Johnson is trying to use the Queen", D, "Yvette Cooper"),
    ("It would be a constitutional outrage", D, "Philip Hammond"),
    ("most prorogations have been for at most two weeks", I, "House of Commons Library"),
]
A[117] = [
    ("she would be launching an impeachment inquiry", I, "Nancy Pelosi"),
    ("breach of his Constitutional responsibilities", D, "Nancy Pelosi"),
    ("he House of Representatives is moving forward", D, "Nancy Pelosi"),
    ("proceed with their investigations under", D, "Nancy Pelosi"),
    ("Until the full House votes to authorize an inquiry", D, "Doug Collins"),
    ("an impeachment inquiry is what the committee is already doing", I, "Jerrold Nadler"),
    ("Trump might have encouraged newly elected Ukrainian president", I, "The New York Times"),
    ("perfectly fine and routine", D, "Donald Trump"),
    ("Witch Hunt garbage", D, "Donald Trump"),
    ("Treason, Bribery, or other high Crimes", D, "The United States Constitution"),
]
A[177] = [
    ("infringes upon the sovereign rights of third states", M, "foreign ministers"),
    ("the agreement on sending Turkish soldiers to Libya", I, "foreign ministers"),
    ("legitimate and fully compatible with international law", D, "Turkish Ministry of Foreign Affairs"),
    ("No project excluding our country", D, "Erdoğan"),
    ("we are ready to take more [positive] steps", D, "Erdoğan"),
    ("the Turkish drilling on Cypriot waters is only to protect", I, "Erdoğan"),
    ("null and void", D, "Kyriakos Mitsotakis", 2),
    ("geographically ridiculous", D, "Kyriakos Mitsotakis"),
    ("The agreement assumes that our islands", D, "Kyriakos Mitsotakis"),
    ("the Libyan House of Representatives did not ratify", I, "Kyriakos Mitsotakis"),
    ("main difference", M, "Kyriakos Mitsotakis"),
]
A[198] = [
    ("he is to send a bill to the congress", I, "Alberto Fernández"),
    ("a matter of public health", D, "Alberto Fernández"),
    ("ithin the next 10 days, I will present a bill", D, "Alberto Fernández"),
    ("condemned many women, generally of limited resources", M, "Alberto Fernández"),
    ("about 350 thousand illegal abortions", I, "Argentinian government"),
    ("there are many abortions despite the criminal threat", D, "Alberto Fernández"),
    ("A state that is present must protect citizens", D, "Alberto Fernández"),
    ("heard the demands of women, adolescents and girls", M, "Mariela Belski"),
    ("culture of death", D, "Jorge Eduardo Scheinig"),
    ("We need to pray so that in Argentina", D, "Jorge Eduardo Scheinig"),
]
A[209] = [
    ("access to around US$50 billion in extra funding", I, "NBC News"),
    ("the COVID-19 outbreak in the United States constitutes", D, "The proclamation"),
    ("the national emergency began on March 1", I, "The proclamation"),
    ("public health emergency", D, "Department of Health and Human Services"),
    ("left some experts in disaster management disappointed", I, "Politico"),
    ("FEMA has an important role in coordinating", D, "Tim Manning"),
    ("f there's an emergency, FEMA needs to be involved", D, "Tim Manning"),
]
A[252] = [
    ("I've decided that Kamala Harris is the best person", D, "Joe Biden"),
    ("I commit that I will in fact pick a woman", D, "Joe Biden"),
    ("My running mate will be a woman", D, "Joe Biden"),
]
A[267] = [
    (
        "the second presidential debate between US President Donald Trump",
        I,
        "Commission on Presidential Debates",
    ),
    ("On October 8, CPD announced that", D, "Commission on Presidential Debates"),
    ("waste of time", D, "Donald Trump"),
    ("not want[ing] to face questions from the voters", D, "The Biden campaign"),
    ("the final debate is still scheduled for October 22", I, "organizers"),
]
A[289] = [
    ("the 2020 U.S. presidential election was stolen", I, "conservative groups"),
    ("he wasn't aware of the event", I, "Donald Trump"),
    ("Thousands of people forming in Washington", D, "Donald Trump"),
    ("That's pretty cool.", D, "Michael Flynn"),
    ("Joe Biden only won the elections due to voter fraud", I, "Trump"),
    ("they were fighting corruption and dishonesty", I, "Organizers"),
    ("there was a lack of transparency in the elections", I, "Michael Flynn"),
    ("I went to bed at 1 o'clock and Trump was ahead", D, "Lisa Parry"),
]
A[101] = [
    ("it is commonplace for new governments", I, "BBC"),
    ("e must get Brexit done", D, "Boris Johnson"),
    ("shame on you!", D, "Members of the House of Commons"),
    ("eager for an election", M, "Jeremy Corbyn"),
]
A[144] = [
    ("any acts that advocate Hong Kong", D, "Carrie Lam"),
    ("So long as Hong Kong remains impeded", D, "Carrie Lam"),
    ("The Hong Kong economy has already slipped", D, "Carrie Lam"),
    ("it was the worst their economy had performed", I, "Carrie Lam"),
    ("I really urge [Lam], if she can", D, "Tanya Chan"),
    ("The behavior of my colleagues in disrupting", D, "Regina Ip"),
]
A[206] = [
    ("All countries can still change the course", D, "Tedros Adhanom Ghebreyesus"),
    ("We are deeply concerned both by the alarming levels", D, "Tedros Adhanom Ghebreyesus"),
    ('the pandemic is "unprecedented', M, "Tom Frieden"),
    ("ther than influenza, no other respiratory virus", D, "Tom Frieden"),
    ("e have never before seen a pandemic sparked", D, "Tedros Adhanom Ghebreyesus"),
    ("nd we have never before seen a pandemic that can be controlled", D, "Tedros Adhanom Ghebreyesus"),
    ("ottom line, it's going to get worse", D, "Anthony Fauci"),
    ("there were at least 126,000 cases", I, "Associated Press"),
]
A[216] = [
    ("he had secured around 300 delegates fewer", I, "Bernie Sanders"),
    ("the path toward victory is virtually impossible", D, "Bernie Sanders"),
    ("I do not make this decision lightly", D, "Bernie Sanders"),
    ("difficult and painful decision", D, "Bernie Sanders"),
    ("while the campaign ends, the struggle for justice", D, "Bernie Sanders"),
    ("decent man", D, "Bernie Sanders"),
]
A[280] = [
    ("I am honored and humbled by the trust", D, "Joe Biden"),
    ("With the campaign over, it's time to put the anger", D, "Joe Biden"),
    ("I WON THIS ELECTION, BY A LOT!", D, "Donald Trump"),
    ("The simple fact is this election is far from over", D, "Donald Trump"),
]
A[285] = [
    ("she made this decision without influence from the White House", I, "Emily W. Murphy"),
    ("never directly or indirectly pressured", M, "Emily W. Murphy"),
    ("she and her family had received violent threats", I, "Emily W. Murphy"),
    ("in the best interests of the country", D, "Donald Trump"),
    ("he had won the election despite several key swing states", I, "Donald Trump"),
    ("the good fight", D, "Donald Trump"),
    ("the delayed transition process could potentially be a threat", I, "Joe Biden"),
    ("the president's tweets Monday are likely as near", I, "Chuck Schumer"),
    ("national embarrassment", D, "Chris Christie"),
    ("the president should accept the election outcome", M, "Stephen Schwarzman"),
]


def main() -> None:
    rows = []
    for n in ("wikinews_2019.csv", "wikinews_2020.csv"):
        rows += list(csv.DictReader(open(SHARED / "corpora" / "wikinews" / n, encoding="utf-8")))
    out = []
    seed = open(ROOT / "examples" / "seed-article.txt", encoding="utf-8").read()
    for key, items in A.items():
        if key == "seed":
            rec = {"id": "seed", "url": None, "title": None, "published": "2022-10-16", "text": seed}
        else:
            r = rows[key]
            rec = {
                "id": f"wn-{r['date'][:4]}-{key:03d}",
                "url": r["url"],
                "title": r["title"],
                "published": r["date"],
                "text": r["text"],
            }
        qs = []
        for text, kind, spk, *occ in items:
            assert text in rec["text"], (key, text)
            q = {"text": text, "speaker": spk, "kind": kind}
            if occ:
                q["occurrence"] = occ[0]
            qs.append(q)
        rec["quotes"] = qs
        out.append(rec)
    with open(ROOT / "gold" / "quotes.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), sum(len(r["quotes"]) for r in out))


if __name__ == "__main__":
    main()
