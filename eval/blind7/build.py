import json, pathlib
H = pathlib.Path(__file__).resolve().parent
ITEMS = []
def add(slug, group, src, url, title, published, body, orgs, disc, sectors, figures, kp, notes):
    ITEMS.append(dict(slug=slug, group=group, src=src, url=url, title=title, published=published,
                      text=title + "\n\n" + body.strip() + "\n", orgs=orgs, disc=disc, sectors=sectors,
                      figures=figures, kp=kp, notes=notes))
def O(name, aliases=(), co=True, cats=(), ev=None):
    return {"name": name, "aliases": list(aliases), "is_company": co, "categories": list(cats), "evidence": ev}
def F(text, kind, about):
    return {"text": text, "kind": kind, "about": about}

add("01-shape-security-unicorn-club", "U", "vb-funding/00738.txt",
    "https://venturebeat.com/2019/09/12/shape-security-eyes-ipo-after-raising-51-million-at-1-billion-valuation",
    "Shape Security eyes IPO after raising $51 million at $1 billion valuation", "2019-09-12", """
Shape Security, a cybersecurity startup whose tools help businesses stop fraudulent use of their online systems, has closed a $51 million funding round. C5 Capital led the round, and Kleiner Perkins, HPE Growth, Norwest Ventures Partners, Focus Ventures, JetBlue Technology Ventures, Top Tier Capital Partners, and Epic Ventures took part.

With this investment the company has also joined the much-coveted "unicorn" club: it now claims a valuation of $1 billion.

Founded in 2011, the Mountain View-based firm exists mainly to help large businesses such as banks fight fraud from so-called "imitation attacks", in which bots try to get into other people's accounts through credential stuffing, fake account creation, data scraping and similar tricks. This is less about catching an intruder sneaking through the back door and more about spotting someone walking in the front entrance wearing a fake beard.

Many attacks rely on automation that keeps probing online systems until a gap appears. A criminal holding a trove of stolen credit card details, for instance, would need far too long to test each one by hand, so the check is done once and then handed to a bot that repeats it across the remaining cards until the usable ones are found. Malware can also take over devices remotely, and stolen fragments of identity can be used to apply for new credit cards.

The startup says the new money will support its growth ahead of a possible initial public offering.
""",
    [O("Shape Security", cats=["unicorn"], ev="the company has also joined the much-coveted \"unicorn\" club: it now claims a valuation of $1 billion"),
     O("C5 Capital"), O("Kleiner Perkins"), O("HPE Growth"), O("Norwest Ventures Partners"), O("Focus Ventures"),
     O("JetBlue Technology Ventures"), O("Top Tier Capital Partners"), O("Epic Ventures")],
    ["unicorn"], ["software", "fintech"],
    [F("$51 million", "funding", "Shape Security round led by C5 Capital"),
     F("a valuation of $1 billion", "valuation", "Shape Security")],
    ["cybersecurity", "unicorn club", "imitation attacks", "credential stuffing", "bots", "IPO"],
    "Close rewrite of VentureBeat (corpus vb-funding/00738). Shape Security: explicit unicorn, and exactly $1 billion meets the criterion. The investors next to the valued start-up get no label. 'IPO' in the headline is a plan, the firm is still private. Sector: cybersecurity maps to software; bank fraud adds fintech (doubtful). Closing sentence condensed from the later part of the source. Published from the URL date.")

add("02-crowdstrike-3-billion-series-e", "U", "vb-funding/00735.txt",
    "https://venturebeat.com/2018/06/19/cybersecurity-startup-crowdstrike-raises-200-million-at-3-billion-valuation",
    "Cybersecurity startup CrowdStrike raises $200 million at $3 billion valuation", "2018-06-19", """
CrowdStrike, an AI-driven cybersecurity platform focused on endpoint protection and threat intelligence, has raised $200 million in a series E round. Accel, General Atlantic, and IVP co-led the financing, and existing investor CapitalG, Alphabet's late-stage venture fund, joined along with March Capital.

The Sunnyvale, California-based company was founded in 2011 and helps customers detect the signs of a coming attack and block it before any breach. It built its reputation by investigating and publishing reports on high-profile data leaks worldwide; it was central to showing that Russia had broken into the Democratic National Committee (DNC) in 2016, and it also showed that North Korea was probably behind the Sony Pictures hack in 2014.

Recent reports say the global cybersecurity workforce will be short by 1.8 million people, and artificial intelligence is one answer to that gap. This helps explain why automated security platforms have drawn so much money: Cylance, Fortscale, Jask, and Darktrace have all raised large amounts of venture capital in recent years.

Road to IPO? Before this round, CrowdStrike had raised around $281 million, including a $100 million round last year that put the company at a valuation of more than $1 billion.

After the latest large injection of cash, the startup said it is now valued at more than $3 billion. It is plainly building reserves ahead of a much-anticipated listing, having said last year that it was "pretty focused on IPO readiness".
""",
    [O("CrowdStrike", cats=["unicorn"], ev="the startup said it is now valued at more than $3 billion"),
     O("Accel"), O("General Atlantic"), O("IVP"), O("CapitalG"), O("Alphabet"), O("March Capital"),
     O("Democratic National Committee", ["DNC"], co=False), O("Sony Pictures"),
     O("Cylance"), O("Fortscale"), O("Jask"), O("Darktrace")],
    ["unicorn"], ["software", "artificial_intelligence", "venture_capital"],
    [F("$200 million", "funding", "CrowdStrike series E"),
     F("1.8 million people", "other", "global cybersecurity workforce shortfall"),
     F("around $281 million", "funding", "CrowdStrike total raised before the round"),
     F("a $100 million round last year", "funding", "CrowdStrike previous round"),
     F("a valuation of more than $1 billion", "valuation", "CrowdStrike after previous round"),
     F("valued at more than $3 billion", "valuation", "CrowdStrike after series E")],
    ["CrowdStrike", "endpoint protection", "series E", "cybersecurity workforce shortage", "IPO readiness"],
    "Close rewrite of VentureBeat (corpus vb-funding/00735), quotation partly reported. CrowdStrike: criterion unicorn (more than $3 billion, private, IPO only planned); the word unicorn is absent. Cylance, Fortscale, Jask and Darktrace are named with large raises but no valuation: no label. Investors (Accel, CapitalG etc.) no label. DNC is a party committee (is_company false). Published from the URL date.")

add("03-tusimple-driverless-truck-1-billion", "U", "vb-funding/00387.txt",
    "https://venturebeat.com/2019/02/13/driverless-truck-startup-tusimple-raises-95-million-at-1-billion-valuation",
    "Driverless truck startup TuSimple raises $95 million at $1 billion valuation", "2019-02-13", """
Demand for driverless trucks is healthy. Forecasts put the industry at 6,700 units globally this year, worth $54.23 billion, and say it could save the logistics and shipping business $70 billion annually while lifting productivity by 30 percent. Besides lower costs, the growth is partly driven by a lack of human drivers: in 2018 the American Trucking Associates estimated that 50,000 more truckers were needed to close the gap in the U.S.

TuSimple is one of the companies chasing a share of that market. For most of the past four years, the China-based startup has been building trucks at its R&D lab in San Diego and its test facility in Tuscon that can drive depot-to-depot with nobody at the wheel. It is now running three to five fully autonomous, revenue-generating trips a day for a dozen customers on three routes in Arizona, and by June it will grow its U.S. fleet from 11 to 50 trucks. It hopes to finish 2019 with a 200-truck fleet in the U.S. and 300-truck fleet in China.

To that end, TuSimple announced today that it completed a $95 million series D financing round in December 2018, led by Sina Corp, the technology company best known for the Chinese microblogging site Weibo, and Hong Kong-based investment firm Composite Capital. The round brings its total raised to $178 million and gives the firm a $1 billion valuation, putting it among the few autonomous-driving startups in the unicorn bracket.
""",
    [O("TuSimple", cats=["unicorn"], ev="gives the firm a $1 billion valuation, putting it among the few autonomous-driving startups in the unicorn bracket"),
     O("American Trucking Associates", co=False), O("Sina Corp"), O("Composite Capital")],
    ["unicorn"], ["autonomous_vehicles", "transportation", "artificial_intelligence"],
    [F("6,700 units globally this year", "other", "driverless truck market forecast (units)"),
     F("$54.23 billion", "other", "driverless truck market size forecast"),
     F("$70 billion annually", "other", "savings for logistics industry"),
     F("30 percent", "other", "productivity gain"),
     F("50,000 more truckers", "count", "U.S. truck driver shortfall"),
     F("$95 million series D", "funding", "TuSimple series D"),
     F("$178 million", "funding", "TuSimple total raised"),
     F("a $1 billion valuation", "valuation", "TuSimple")],
    ["driverless trucks", "TuSimple", "series D", "autonomous driving", "unicorn", "truck driver shortage"],
    "Close rewrite of VentureBeat (corpus vb-funding/00387); the source was cut mid-sentence at 'Co...': the investor name Composite Capital, the $178 million total and the last clause are completed from the source's later part and headline (doubt: the 'unicorn bracket' clause is writer wording, the label also holds on the $1 billion criterion). Market size and savings figures are not valuations. Weibo is a product/site, not listed. American Trucking Associates: association, false. Published from the URL date.")

add("04-monday-com-1-9-billion-series-d", "U", "vb-random/01025.txt",
    "https://venturebeat.com/2019/12/10/why-you-cant-just-take-pictures-at-the-queer-in-ai-workshop-at-neurips/tag/team-collaboration",
    "Team collaboration platform Monday.com raises $150 million at $1.9 billion valuation", None, """
Monday.com, a platform for team and project management, has raised $150 million in a series D round led by Sapphire Ventures, with Hamilton Lane, HarbourVest Partners, Ion Asset Management, and Vintage Investment Partners also taking part.

People familiar with the deal told VentureBeat that the Tel Aviv-based company is now valued at $1.9 billion, roughly four times what it was worth at its previous round last year.

The business started in 2012 under the name Dapulse. Its tool lets teams communicate, plan and manage work: users create tasks and assign them, spread workloads, gather comments and feedback, and share files. A visual view also shows at a glance what everyone is doing at any moment.

Earlier this year the company added two notable features, integrations and automations, which open an IFTTT-style range of ways for companies to link data and processes across platforms and cut repetitive steps. The integrations connect with Google Calendar, Gmail, Outlook, Shopify, Slack, Typeform, MailChimp, Zendesk, GitHub, and others.

On pricing, Monday.com sells four core plans, from Basic up to Enterprise, with the cost set by the number of users. A team of 5 people, for example, would pay $35 per month in total for the basic plan, or $59 for the Pro plan, while a team of 200 people would pay $1,000 or $2,399.
""",
    [O("Monday.com", ["Dapulse"], cats=["unicorn"], ev="the Tel Aviv-based company is now valued at $1.9 billion"),
     O("Sapphire Ventures"), O("Hamilton Lane"), O("HarbourVest Partners"), O("Ion Asset Management"),
     O("Vintage Investment Partners"), O("VentureBeat")],
    ["unicorn"], ["software", "cloud_computing"],
    [F("$150 million", "funding", "Monday.com series D"),
     F("valued at $1.9 billion", "valuation", "Monday.com"),
     F("roughly four times", "other", "valuation multiple vs previous round"),
     F("$35 per month", "other", "basic plan price, team of 5"),
     F("$59 for the Pro plan", "other", "Pro plan price, team of 5")],
    ["Monday.com", "series D", "project management", "team collaboration", "integrations and automations"],
    "Close rewrite of VentureBeat (corpus vb-random/01025; duplicates 01000, 01021). Monday.com: criterion unicorn ($1.9 billion, private), label far from the name via 'the Tel Aviv-based company'; the word unicorn is absent. Dapulse is its former name (alias). Products integrated (Gmail, Slack, Shopify, Zendesk, GitHub...) are products/brands, not tagged as organisations; doubt: Shopify, Slack, MailChimp, Zendesk, GitHub are also company names. VentureBeat tagged as media source. The corpus URL is a VentureBeat tag page dated 2019/12/10, not the article's own date: published null (the story is from mid-2019).")

add("05-databricks-6-2-billion-series-f", "U", "vb-funding/00394.txt",
    "https://venturebeat.com/2019/10/22/databricks-raises-400-million-at-a-6-2-billion-valuation",
    "Databricks raises $400 million at a $6.2 billion valuation", "2019-10-22", """
Some entrepreneurs saw early that data would become the new oil, among them Ali Ghodsi, Andy Konwinski, Ion Stoica, Matei Zaharia, Patrick Wendell, Reynold Xin, and Scott Shenker. They co-founded Databricks, a San Francisco-based company that sells a suite of scalable data science and data engineering tools to enterprises. Since opening for business in 2013, the company has had little trouble winning customers, and this week its steady march toward market dominance sped up.

Databricks said this morning that it has closed a $400 million series F round led by Andreessen Horowitz, with Microsoft, Alkeon Capital Management, BlackRock, Coatue Management, Dragoneer Investment Group, Geodesic, Green Bay Ventures, New Enterprise Associates, T. Rowe Price, and Tiger Global Management also participating. The round values the startup at $6.2 billion, up from a post-money valuation of $2.75 billion in February after a $250 million funding round. It follows a quarter in which the revenue run-rate reached $200 million (Q3 2019) and a year in which annual recurring revenue grew 2.5 times year over year.

The company also named Dave Conte as CFO; he spent eight years as Splunk's CFO and will run the finance function as the firm grows.
""",
    [O("Databricks", cats=["unicorn"], ev="The round values the startup at $6.2 billion"),
     O("Andreessen Horowitz"), O("Microsoft"), O("Alkeon Capital Management"), O("BlackRock"), O("Coatue Management"),
     O("Dragoneer Investment Group"), O("Geodesic"), O("Green Bay Ventures"), O("New Enterprise Associates"),
     O("T. Rowe Price"), O("Tiger Global Management"), O("Splunk")],
    ["unicorn"], ["software", "cloud_computing", "artificial_intelligence"],
    [F("$400 million series F", "funding", "Databricks series F"),
     F("$6.2 billion", "valuation", "Databricks"),
     F("a post-money valuation of $2.75 billion", "valuation", "Databricks in February"),
     F("$250 million funding round", "funding", "Databricks February round"),
     F("$200 million (Q3 2019)", "revenue", "Databricks revenue run-rate"),
     F("2.5 times year over year", "growth_rate", "Databricks annual recurring revenue, one year")],
    ["Databricks", "series F", "data engineering", "Andreessen Horowitz", "post-money valuation"],
    "Close rewrite of VentureBeat (corpus vb-funding/00394). Databricks: criterion unicorn ($6.2 billion, below $10 billion so not decacorn); word unicorn absent. One year's 2.5x ARR growth is not a gazelle (and the firm is valued in billions). Microsoft, BlackRock etc. are investors, no label. Cofounders and Dave Conte are people. Published from the URL date.")

add("06-webflow-no-code-2-1-billion", "U", "vb-funding/00561.txt",
    "https://venturebeat.com/2021/01/13/no-code-development-platform-webflow-raises-140-million-at-2-1-billion-valuation",
    "No-code development platform Webflow raises $140 million at a $2.1 billion valuation", "2021-01-13", """
Webflow, a cloud platform for building and hosting websites without code whose customers include large enterprises such as Allianz, Rakuten, Zendesk, and Dell, has raised $140 million in a series B round co-led by Accel and Silversmith. CapitalG, Alphabet's growth fund, came in as a new investor, and Webflow now carries a $2.1 billion price tag.

For comparison, the San Francisco-based startup was reportedly worth no more than $400 million when it took in its $72 million series A 17 months ago. The jump reflects a fast year: it doubled its paying customers to 100,000 and launched an enterprise product with single sign-on, security audit compliance, AWS-powered DDoS protection and uptime monitoring.

Going low-code. Website builders for people who cannot code have existed since the early days of the web, and they have grown ever more capable, creating a reported $6.5 billion market along the way. Nasdaq-listed website builder Wix is riding high, its shares having doubled over the past year to make it a $15 billion company, while well-funded Squarespace is preparing to go public.

Webflow, however, wants to stand apart by focusing on professional websites that can be built visually yet still produce clean code, and it intends to spend the new money on hiring and on its enterprise offer.
""",
    [O("Webflow", cats=["unicorn"], ev="Webflow now carries a $2.1 billion price tag"),
     O("Allianz"), O("Rakuten"), O("Zendesk"), O("Dell"), O("Accel"), O("Silversmith"), O("CapitalG"), O("Alphabet"),
     O("Nasdaq", co=False), O("Wix"), O("Squarespace")],
    ["unicorn"], ["software", "cloud_computing"],
    [F("$140 million", "funding", "Webflow series B"),
     F("a $2.1 billion price tag", "valuation", "Webflow"),
     F("no more than $400 million", "valuation", "Webflow at series A"),
     F("$72 million series A", "funding", "Webflow series A"),
     F("100,000", "count", "Webflow paying customers"),
     F("$6.5 billion market", "other", "website-builder market size"),
     F("a $15 billion company", "valuation", "Wix, listed market value")],
    ["no-code", "Webflow", "website builder", "series B", "price tag", "Wix"],
    "Close rewrite of VentureBeat (corpus vb-funding/00561); the headline wording '$2.1 billion valuation' became 'price tag' in the body. Webflow: criterion unicorn. Traps: Wix is Nasdaq-listed, its $15 billion is a market value (no decacorn); Squarespace 'preparing to go public' but no valuation; $6.5 billion is a market size. Customers Allianz, Rakuten, Zendesk and Dell are companies, no label. Doubling customers in one year is not a gazelle. Last sentence condensed from the later source. Published from the URL date.")

add("07-darktrace-825-million-post-funding", "H", "vb-funding/00641.txt",
    "https://venturebeat.com/2017/07/11/ai-cybersecurity-startup-darktrace-raises-75-million-now-valued-at-825-million",
    "AI cybersecurity startup Darktrace raises $75 million, now valued at $825 million", "2017-07-11", """
Darktrace, a cybersecurity platform that uses self-adapting machine learning to spot threats in real time, has raised $75 million in a series D round led by Insight Venture Partners, with Summit Partners, KKR, and TenEleven Ventures also joining.

The raise comes exactly a year after the U.K. company announced a $64 million round in which Japanese telecom giant Softbank took part. Darktrace has now raised $180 million since it was set up, and it puts its post-funding valuation at $825 million.

Mathematicians from the University of Cambridge, England founded the firm in 2013. Its "enterprise immune system" sits inside a company's network and builds behavioural models for every user and device, so that artificial intelligence (AI) can pick out patterns, notice small changes and stop cyberattacks before they land.

Cyber shortage. Some reports expect the global cybersecurity workforce to be short 1.8 million people by 2022, so automation and AI may become essential to protecting companies, particularly as more attacks are themselves automated. Expect more "machine versus machine" contests in online security, which is why AI-based defence is attracting investors. Only last month Microsoft confirmed it was buying Hexadite to bring AI to Windows 10 enterprise security, and other notable names in the field include Cylance, which has raised large sums of its own.
""",
    [O("Darktrace"), O("Insight Venture Partners"), O("Summit Partners"), O("KKR"), O("TenEleven Ventures"),
     O("Softbank"), O("University of Cambridge", co=False), O("Microsoft"), O("Hexadite"), O("Cylance")],
    [], ["software", "artificial_intelligence"],
    [F("$75 million", "funding", "Darktrace series D"),
     F("$64 million round", "funding", "Darktrace previous round"),
     F("$180 million", "funding", "Darktrace total raised"),
     F("$825 million", "valuation", "Darktrace post-funding valuation (below $1 billion)"),
     F("1.8 million people by 2022", "other", "cybersecurity workforce shortfall")],
    ["Darktrace", "series D", "enterprise immune system", "machine learning", "cybersecurity"],
    "Close rewrite of VentureBeat (corpus vb-funding/00641). Hard negative: Darktrace's $825 million post-funding valuation is below the unicorn threshold; 'Japanese telecom giant Softbank' is a giant trap; Hexadite is an acquisition target (no price). The word unicorn is absent, so categories_discussed is [] (doubt: a valuation just under the threshold is the headline topic). Windows 10 is a product. Published from the URL date.")

add("08-lyft-ipo-24-3-billion", "H", "vb-funding/00728.txt",
    "https://venturebeat.com/2019/03/29/lyft-was-valued-at-24-3-billion-in-its-ipo-and-raised-more-than-it-planned",
    "Lyft was valued at $24.3 billion in its IPO, and raised more than it planned", "2019-03-29", """
(Reuters) Lyft was valued at $24.3 billion on Thursday in the first initial public offering (IPO) by a ride-hailing startup, raising more than it had aimed for as investors set aside doubts about how it will become profitable.

The listing prepares the ground for the stock market debut of its larger rival Uber, which Reuters has reported will start in April. Uber's investment bankers have told it that it could be valued at as much as $120 billion.

The offering succeeded despite Lyft's heavy losses, criticism of its dual-class share structure and some worries about its autonomous-driving strategy, because investors feared missing out on its strong revenue growth. Brian Hamilton, co-founder of data firm Sageworks, said before the pricing that in a good market buyers look past such problems.

Ride-hailing is expected to expand quickly in coming years as young millennials in big cities decide not to own a car. Still, the sector faces open questions about automated driving, pushback from regulators and lawsuits over drivers' pay and benefits.

At that valuation Lyft is the biggest company to go public since Alibaba Group in 2014, and it opens the way for other Silicon Valley companies hoping to list this year, including Pinterest, Slack Technologies and Postmates.

Lyft raised $2.34 billion in its IPO. It priced 32.5 million shares, a little more than first planned, at $72, the top of its already raised $70-$72 per share range.
""",
    [O("Reuters"), O("Lyft"), O("Uber"), O("Sageworks"), O("Alibaba Group"), O("Pinterest"), O("Slack Technologies"), O("Postmates")],
    [], ["transportation", "capital_markets"],
    [F("valued at $24.3 billion", "valuation", "Lyft at IPO (listed)"),
     F("as much as $120 billion", "valuation", "Uber, bankers' IPO estimate (not yet listed)"),
     F("$2.34 billion", "funding", "Lyft IPO proceeds"),
     F("32.5 million shares", "other", "shares priced in Lyft IPO"),
     F("at $72", "other", "Lyft IPO share price"),
     F("$70-$72 per share", "other", "Lyft IPO price range")],
    ["Lyft IPO", "ride-hailing", "Uber", "dual-class shares", "IPO valuation"],
    "Close rewrite of Reuters via VentureBeat (corpus vb-funding/00728); the Brian Hamilton quote became reported speech. Hard negative: Lyft's $24.3 billion is an IPO (listed) valuation, not a private one, so no decacorn. Uber's 'could be valued at as much as $120 billion' is a bankers' projection for an IPO, not a private valuation: no label (doubt: Uber is still private at the article date, but no actual private valuation is stated). Pinterest, Slack Technologies and Postmates are IPO candidates with no valuation. The word unicorn is absent; categories_discussed []. Published from the URL date.")

add("09-uber-ipo-82-billion-underwhelms", "H", "vb-funding/00729.txt",
    "https://venturebeat.com/2019/05/10/ubers-82-billion-valuation-underwhelms-in-most-anticipated-ipo-since-facebook",
    "Uber's $82 billion valuation underwhelms in most-anticipated IPO since Facebook", "2019-05-10", """
(Reuters) On Thursday Uber priced its initial public offering at the low end of its target range, for a valuation of $82.4 billion, in the hope that a cautious approach would spare it the slump in trading that hit rival Lyft.

For the most anticipated IPO since Facebook's market debut seven years ago, the result is underwhelming.

Uber raised $8.1 billion, pricing its IPO at $45 per share, close to the bottom of the targeted $44-$50 range.

Even so, the listing is a watershed moment for Uber, which in the 10 years since its start has become the world's largest ride-hailing company.

The year's biggest IPO comes against turbulent financial markets, stirred by the trade dispute between the United States and China and by the sliding share price of Lyft, which is down 23 percent from its IPO price in late March.

Uber's IPO valuation is almost a third below what its investment bankers predicted last year, but still above its most recent valuation of $76 billion in the private fundraising market.

Demand exceeded the shares on offer, yet Uber accepted a lower price to avoid a repeat of Lyft's March IPO, which priced strongly and then fell in trading. It also wanted to make room for big mutual funds, which, unlike hedge funds, had placed orders at a lower price.

Like Lyft, Uber will face questions about how and when it expects to turn a profit.
""",
    [O("Reuters"), O("Uber"), O("Lyft"), O("Facebook")],
    [], ["transportation", "capital_markets"],
    [F("a valuation of $82.4 billion", "valuation", "Uber at IPO (listed)"),
     F("$8.1 billion", "funding", "Uber IPO proceeds"),
     F("$45 per share", "other", "Uber IPO share price"),
     F("$44-$50 range", "other", "Uber IPO price range"),
     F("down 23 percent", "growth_rate", "Lyft share price drop since IPO"),
     F("almost a third below", "other", "Uber IPO valuation vs bankers' prediction"),
     F("$76 billion in the private fundraising market", "valuation", "Uber last private valuation (past)")],
    ["Uber IPO", "ride-hailing", "IPO pricing", "Lyft", "private valuation"],
    "Close rewrite of Reuters via VentureBeat (corpus vb-funding/00729). Hard negative: Uber's $82.4 billion is an IPO valuation; its $76 billion private valuation is past status, superseded by the listing as of the article: no decacorn. Lyft and Facebook listed. Down 23 percent is a share-price drop, not revenue growth. The word unicorn is absent; categories_discussed []. Published from the URL date.")

add("10-dropbox-ipo-9-18-billion-market-cap", "H", "vb-funding/00724.txt",
    "https://venturebeat.com/2018/03/23/dropbox-ipo-priced-at-21-per-share-with-a-market-cap-of-9-18-billion",
    "Dropbox IPO priced at $21 per share with a market cap of $9.18 billion", "2018-03-23", """
(Reuters) Dropbox said on Thursday that its initial public offering, the largest tech stock debut in more than a year, was priced at $21 per share, above expectations.

At that price the San Francisco-based company will have a market cap of about $9.18 billion on a fully diluted share count.

On Wednesday the cloud-based file-storage firm had lifted its expected price range by $2 to $18 to $20 per share, helped by strong demand.

The IPO raised about $756 million, the largest tech offering since Snap raised $3.9 billion in its debut last year. Dropbox shares will start trading on Friday at the Nasdaq under the symbol "DBX".

The strong pricing is a good sign for other much-awaited IPOs from tech unicorns, meaning startups valued at more than $1 billion.

Leslie Pfrang of Class V Group, an IPO advisory firm, said that pricing above the revised range shows demand for growth technology IPOs exceeds supply, especially for companies generating substantial positive free cash flow.

Streaming music leader Spotify plans a direct listing of its shares on the New York Stock Exchange on April 3.

Dropbox has 500 million users and competes with Alphabet's Google Drive, Microsoft's OneDrive and Box.
""",
    [O("Reuters"), O("Dropbox"), O("Snap"), O("Nasdaq", co=False), O("Class V Group"), O("Spotify"),
     O("New York Stock Exchange", co=False), O("Alphabet"), O("Microsoft"), O("Box")],
    ["unicorn"], ["cloud_computing", "capital_markets"],
    [F("$21 per share", "other", "Dropbox IPO share price"),
     F("a market cap of about $9.18 billion", "valuation", "Dropbox, listed market cap"),
     F("$18 to $20 per share", "other", "revised price range"),
     F("about $756 million", "funding", "Dropbox IPO proceeds"),
     F("$3.9 billion", "funding", "Snap IPO proceeds"),
     F("startups valued at more than $1 billion", "other", "unicorn threshold (definition)"),
     F("500 million users", "other", "Dropbox users")],
    ["Dropbox IPO", "market cap", "tech unicorns", "file storage", "Nasdaq"],
    "Close rewrite of Reuters via VentureBeat (corpus vb-funding/00724); the Pfrang quote became reported speech; the VB event banner dropped. Hard negative: Dropbox is going public; its $9.18 billion is a market cap, no label. 'tech unicorns' is a generic definition, so unicorn is discussed with no member. Google Drive and OneDrive are products. The Box ending is completed from the source's later text (doubt). Published from the URL date.")

add("11-mci-qwest-takeover-bid", "H", "bbc-business/00251.txt",
    "http://news.bbc.co.uk/ (exact page not recovered; corpus bbc-business/00251.txt)",
    "MCI shares climb on takeover bid", None, """
Shares in the US phone company MCI have climbed on speculation that it is in takeover talks.

According to a Thursday report in The Wall Street Journal, Qwest has offered $6.3bn (£3.4bn) for MCI. Analysts said other firms have also shown interest in MCI, the second-largest US long-distance phone firm, and could now make rival bids. MCI, which took its new name from Worldcom on leaving bankruptcy, saw its shares rise 2.4% to $20.15. Press reports suggest Qwest and MCI could agree terms as soon as next week, though rival offers may complicate matters. Reuters quoted sources as saying that Verizon, the largest US telephone company, has already held preliminary merger talks with MCI.

Consolidation in US telecommunications has picked up in recent months as firms try to cut costs and widen their customer bases. An MCI-Qwest merger would be the fifth billion-dollar telecoms deal since October. Last week SBC Communications agreed to buy its former parent, the phone pioneer AT&T, for about $16bn. As competition has grown, fixed-line providers such as MCI and AT&T have been overtaken by rivals. Buying MCI would give Qwest, a local phone service provider, access to MCI's global network and business subscribers. MCI also sells internet services.

The company took the MCI name after leaving Chapter 11 bankruptcy protection in April last year. As Worldcom it made headlines in 2002 when it admitted illegally booking expenses and inflating profits, a scandal that helped drive a global fall in share prices. Shareholders lost about $180bn when it collapsed, and 20,000 workers lost their jobs. Former Worldcom boss Bernie Ebbers is now on trial, accused of overseeing an $11bn fraud.
""",
    [O("MCI", ["Worldcom"]), O("The Wall Street Journal"), O("Qwest"), O("Reuters"), O("Verizon"),
     O("SBC Communications"), O("AT&T")],
    [], ["telecommunications"],
    [F("$6.3bn (£3.4bn)", "other", "Qwest bid for MCI (acquisition price)"),
     F("2.4% to $20.15", "other", "MCI share price rise"),
     F("fifth billion-dollar telecoms deal", "count", "telecoms deals since October"),
     F("about $16bn", "other", "SBC purchase price for AT&T"),
     F("about $180bn", "other", "shareholder losses in Worldcom collapse"),
     F("20,000 workers", "count", "Worldcom job losses"),
     F("an $11bn fraud", "other", "alleged Worldcom fraud")],
    ["MCI", "Qwest", "takeover bid", "telecoms consolidation", "Worldcom scandal"],
    "Close rewrite of BBC News (corpus bbc-business/00251). Hard negative: acquisition prices ($6.3bn, $16bn) and 'billion-dollar telecoms deal' never establish unicorn status; all firms are listed incumbents. categories_discussed []. Bernie Ebbers is a person. The corpus keeps no URL or date for BBC texts; the exact BBC page was not recovered, so url is the BBC News site plus the corpus path; published null (other reports date the Qwest $6.3bn bid to Thursday 3 Feb 2005).")

add("12-news-corp-eyes-video-games", "H", "bbc-business/00254.txt",
    "http://news.bbc.co.uk/1/hi/business/4174111.stm",
    "News Corp eyes video games market", "2005-01-14", """
News Corp, the media group controlled by Australian billionaire Rupert Murdoch, is considering a move into the video games market.

The Financial Times reported that chief operating officer Peter Chernin said News Corp was looking closely at pretty much every video games company. Santa Monica-based Activison is said to be one firm on its takeover list. Mr Chernin told the paper that video games were "big business" and that the group would like to get into it.

Products such as Sony's Playstation, Microsoft's X-Box and Nintendo's Game Cube have driven demand for games. The era of arcade classics such as Space Invaders, Pac-Man and Donkey Kong is long gone; today's games often have budgets the size of feature films and aim to give players as real an experience as possible. With prices that reflect the heavy spending of developers, video games are proving almost as profitable as they are fun.

Mr Chernin admitted to the FT, however, that News Corp was finding it hard to pick a target. Speaking at a conference in Phoenix, Arizona, he described a gap between companies like Electronic Arts (EA), which carries a high price tag, and the next tier, which may depend too much on one or two product lines. Activision has a stock market capitalisation of about $2.95bn (£1.57bn), compared to EA's $17.8bn. Several of the industry's main players have recently sought to strengthen their position through acquisitions. France's Ubisoft, one of Europe's biggest video game publishers, has been trying to stay independent since Electronic Arts announced plans to buy 19.9% of the firm. Analysts expect more mergers in the industry.
""",
    [O("News Corp"), O("The Financial Times", ["FT"]), O("Activison", ["Activision"]), O("Sony"), O("Microsoft"), O("Nintendo"),
     O("Electronic Arts", ["EA"]), O("Ubisoft")],
    [], ["consumer_electronics", "software"],
    [F("about $2.95bn (£1.57bn)", "valuation", "Activision, listed market capitalisation"),
     F("EA's $17.8bn", "valuation", "Electronic Arts, listed market capitalisation"),
     F("19.9%", "other", "stake EA plans to buy in Ubisoft")],
    ["News Corp", "video games", "takeover", "Electronic Arts", "Activision", "market capitalisation"],
    "Close rewrite of BBC News (corpus bbc-business/00254); Chernin quotes became reported speech. The source spells the firm both 'Activison' (typo) and 'Activision': kept as name and alias. Hard negative: 'high price tag' is a takeover cost; $2.95bn and $17.8bn are listed market capitalisations (no unicorn/decacorn). Products (Playstation, X-Box, Game Cube, Pac-Man) not tagged. Sector: video games has no id; mapped to consumer_electronics and software (doubtful). URL and date (2005-01-14) found by searching the headline (the corpus keeps neither).")

add("13-cb-insights-ai-funding-26-6-billion", "U", "vb-funding/00688.txt",
    "https://venturebeat.com/2020/01/22/cb-insights-ai-startup-funding-hit-new-high-of-26-6-billion-in-2019",
    "CB Insights: AI startup funding hit new high of $26.6 billion in 2019", "2020-01-22", """
In its yearly review of global AI investment, CB Insights reported today that AI startups raised a record $26.6 billion in 2019 across more than 2,200 deals worldwide, up from roughly 1,900 deals worth $22.1 billion in 2018 and about 1,700 deals worth $16.8 billion in 2017.

The record in the AI in Numbers report matches what other organisations tracking the sector have found. Earlier this month the National Venture Capital Association said that while overall venture spending dipped last year, investors put a record $18.4 billion into AI startups in the United States in 2019.

The AI Index 2019 report, released last month, counted more than $70 billion in global private investment in AI, with the most money going to autonomous driving, drug research, finance, and facial recognition.

The number of AI startup unicorns also grew in 2019. Among the new unicorns are autonomous delivery company Nuro and business analytics firm DataRobot.

Early-stage deals still dominate, with more than 70% of deals going to early-stage or series A rounds. Ten companies, including UiPath, Megvii, and Nuro, raised rounds above $100 million; all ten are based in China, the U.K., or the U.S.

Health care accounted for $4 billion of the $26.6 billion and leads global AI deal distribution, ahead of finance ($2.2 billion), retail ($1.5 billion), sales, and cybersecurity.

Among venture firms, Plug and Play Ventures, Accel, and Lightspeed Ventures did the most deals in 2019. In corporate venture capital, Intel Capital and Google Ventures led, followed by SBI Investment in Japan, with Baidu Ventures in China eighth, just ahead of Salesforce Ventures.
""",
    [O("CB Insights"), O("National Venture Capital Association", co=False),
     O("Nuro", cats=["unicorn"], ev="Among the new unicorns are autonomous delivery company Nuro and business analytics firm DataRobot"),
     O("DataRobot", cats=["unicorn"], ev="Among the new unicorns are autonomous delivery company Nuro and business analytics firm DataRobot"),
     O("UiPath"), O("Megvii"), O("Plug and Play Ventures"), O("Accel"), O("Lightspeed Ventures"),
     O("Intel Capital"), O("Google Ventures"), O("SBI Investment"), O("Baidu Ventures"), O("Salesforce Ventures")],
    ["unicorn"], ["artificial_intelligence", "venture_capital", "healthcare"],
    [F("a record $26.6 billion in 2019", "funding", "AI startup funding worldwide, 2019"),
     F("more than 2,200 deals", "other", "AI deals 2019"),
     F("$22.1 billion in 2018", "funding", "AI startup funding 2018"),
     F("$16.8 billion in 2017", "funding", "AI startup funding 2017"),
     F("a record $18.4 billion", "funding", "US AI startup investment 2019 (NVCA)"),
     F("more than $70 billion", "funding", "global private AI investment (AI Index)"),
     F("more than 70% of deals", "other", "share of early-stage deals"),
     F("above $100 million", "other", "round-size threshold for the ten companies"),
     F("$4 billion of the $26.6 billion", "funding", "health care AI funding"),
     F("finance ($2.2 billion)", "funding", "finance AI funding"),
     F("retail ($1.5 billion)", "funding", "retail AI funding")],
    ["AI startup funding", "CB Insights", "AI unicorns", "corporate venture capital", "early-stage deals"],
    "Close rewrite of VentureBeat (corpus vb-funding/00688), trimmed (the Crunchbase/Pitchbook sentence and CVC deal counts dropped). Nuro and DataRobot: explicit unicorns (one evidence span for both). UiPath and Megvii raised rounds above $100 million, no valuation: no label (doubt: both were widely known unicorns, outside knowledge not used). Investors no label. NVCA is an association (false). Published from the URL date.")

add("14-cybersecurity-53-unicorns-to-watch", "U", "vb-funding/00566.txt",
    "https://venturebeat.com/2022/03/17/cybersecurity-has-53-unicorns-here-are-10-to-watch",
    "Cybersecurity has 53 unicorns. Here are 10 to watch", "2022-03-17", """
The term unicorn stopped meaning "rare" years ago. In the cybersecurity market alone there are now dozens of privately held companies with billion-dollar valuations.

Becoming a unicorn may not mean what it once did, but it is not a meaningless milestone either: in security, a billion-dollar valuation usually signals that the startup has a fast-growing business under way.

Dave DeWalt, who previously ran FireEye and McAfee and is now founder and managing director at venture firm NightDragon, told me last month that 30 privately held security companies reached unicorn valuations in 2021, up from six in 2020, and that this does not automatically mean a bubble. Many are building real businesses against real, often state-sponsored, threats, he said, because the threat is persistent.

Tracking the herd. By my count there are now 53 cybersecurity vendors with private valuations of $1 billion or more, based mainly on the CB Insights unicorn list. Below are details on 10 of them, ranked by the valuation from their latest funding round; metrics were supplied by the vendors.

Snyk Founded: 2015 Valuation: $8.5 billion (September 2021) Customers: 1,800 at the end of Q1 (up 100% year-over-year). Snyk makes tools that scan and fix code inside developers' existing workflow. It recently acquired Fugue to expand into cloud security.

Lacework Founded: 2014 Valuation: $8.3 billion (November 2021) Employees: More than 1,000 (up from 200 in January 2021). Its Polygraph Data Platform correlates data across cloud environments.

Arctic Wolf Founded: 2012 Valuation: $4.3 billion (July 2021) Customers: 2,700 (up from 1,500 a year ago).

Illumio Founded: 2013 Valuation: $2.75 billion (June 2021).

Sysdig Founded: 2013 Valuation: $2.5 billion (December 2021).

Orca Security Founded: 2019 Valuation: $1.8 billion (October 2021) Customers: "Hundreds of customers" (up 400% year-over-year).

Beyond Identity Founded: 2020 Valuation: $1.1 billion (February 2022).

BlueVoyant Founded: 2017 Valuation: "Substantially more than $1 billion" (February 2022).

Aqua Security Founded: 2015 Valuation: "In excess of $1 billion" (March 2021).
""",
    [O("FireEye"), O("McAfee"), O("NightDragon"), O("CB Insights"),
     O("Snyk", cats=["unicorn"], ev="Snyk Founded: 2015 Valuation: $8.5 billion (September 2021)"),
     O("Fugue"),
     O("Lacework", cats=["unicorn"], ev="Lacework Founded: 2014 Valuation: $8.3 billion (November 2021)"),
     O("Arctic Wolf", cats=["unicorn"], ev="Arctic Wolf Founded: 2012 Valuation: $4.3 billion (July 2021)"),
     O("Illumio", cats=["unicorn"], ev="Illumio Founded: 2013 Valuation: $2.75 billion (June 2021)"),
     O("Sysdig", cats=["unicorn"], ev="Sysdig Founded: 2013 Valuation: $2.5 billion (December 2021)"),
     O("Orca Security", cats=["unicorn"], ev="Orca Security Founded: 2019 Valuation: $1.8 billion (October 2021)"),
     O("Beyond Identity", cats=["unicorn"], ev="Beyond Identity Founded: 2020 Valuation: $1.1 billion (February 2022)"),
     O("BlueVoyant", cats=["unicorn"], ev="BlueVoyant Founded: 2017 Valuation: \"Substantially more than $1 billion\" (February 2022)"),
     O("Aqua Security", cats=["unicorn"], ev="Aqua Security Founded: 2015 Valuation: \"In excess of $1 billion\" (March 2021)")],
    ["unicorn"], ["software", "cloud_computing", "venture_capital"],
    [F("30 privately held security companies", "count", "security unicorns minted in 2021"),
     F("up from six in 2020", "count", "security unicorns minted in 2020"),
     F("53 cybersecurity vendors", "count", "private security firms valued at $1 billion or more"),
     F("$8.5 billion (September 2021)", "valuation", "Snyk"),
     F("1,800 at the end of Q1", "count", "Snyk customers"),
     F("$8.3 billion (November 2021)", "valuation", "Lacework"),
     F("$4.3 billion (July 2021)", "valuation", "Arctic Wolf"),
     F("$2.75 billion (June 2021)", "valuation", "Illumio"),
     F("$2.5 billion (December 2021)", "valuation", "Sysdig"),
     F("$1.8 billion (October 2021)", "valuation", "Orca Security"),
     F("$1.1 billion (February 2022)", "valuation", "Beyond Identity"),
     F("\"Substantially more than $1 billion\"", "valuation", "BlueVoyant"),
     F("\"In excess of $1 billion\"", "valuation", "Aqua Security")],
    ["cybersecurity unicorns", "unicorn herd", "cloud security", "CB Insights unicorn list", "valuations"],
    "Close rewrite of VentureBeat (corpus vb-funding/00566), heavily trimmed: profiles cut to their fact lines (the source's 'Founded : ... Valuation :' spacing normalised), quotes turned into reported speech. Ten unicorns: explicit as members of the '10 cybersecurity unicorns' list and by criterion (valuation lines); none reaches $10 billion (Snyk $8.5 billion is the highest): no decacorn. BlueVoyant and Aqua Security have only qualitative valuations above $1 billion. Fast customer growth (one year) is not a gazelle. FireEye, McAfee (former employers), NightDragon (investor), Fugue (acquired) no label. Published from the URL date.")

add("15-changzhou-notice-seventh-batch-little-giants", "LG", "invented (machine-translated municipal notice)",
    "http://gxj.changzhou.gov.cn.example/art/2025/8/14/notice-seventh-batch-xiaojuren.html",
    "Notice of the Municipal Bureau of Industry and Information Technology on the Publication of the List of Enterprises Selected in the Seventh Batch of Specialized, Refined, Characteristic and Novel \"Little Giant\" Enterprises", "2025-08-14", """
All districts (county-level cities) industry and information technology departments, relevant enterprises:

According to the "Notice on Carrying out the Cultivation of the Seventh Batch of Specialized and Special New 'Little Giant' Enterprises and the Review of the Fourth Batch" issued by the Ministry of Industry and Information Technology (MIIT), after enterprise declaration, recommendation by the provincial department, expert review and publicity, our city has 23 enterprises newly identified as national-level specialized, refined, characteristic and novel "little giant" enterprises (国家级专精特新"小巨人"企业). Together with the previous batches, the city now has 187 national "little giant" enterprises, ranking fourth in the province.

The list of some newly selected enterprises is now announced as follows:
1. Changzhou Kaolun Precision Bearing Co., Ltd. (Wujin District) - high-precision crossed roller bearings for industrial robots
2. Jiangsu Moqing Membrane Materials Technology Co., Ltd. (Xinbei District) - ion exchange membranes for hydrogen electrolysis
3. Changzhou Feiyao Drone Power System Co., Ltd. (Tianning District) - motors for low-altitude aircraft

At the same time, 146 enterprises in our city passed the review of the fourth batch; 9 enterprises did not pass the review and their "little giant" title is cancelled, including Changzhou Dongfeng Yuanhang Textile Machinery Co., Ltd.

In addition, according to the Jiangsu Provincial Department of Industry and Information Technology, 412 enterprises in our city were identified as provincial-level specialized, refined, characteristic and novel small and medium-sized enterprises in 2025, including Changzhou Baoshun Valve Co., Ltd. and Liyang Huaxin Electric Heating Technology Co., Ltd. Enterprises on the provincial list are the reserve force (梯度培育库) for the next batch of national "little giants".

Selected enterprises should continue to focus on main business, increase R&D investment, and strive to grow into manufacturing single champion enterprises. Each newly identified national "little giant" enterprise will receive a one-time reward of 500,000 yuan from the municipal finance.

Changzhou Municipal Bureau of Industry and Information Technology
August 14, 2025
""",
    [O("Changzhou Municipal Bureau of Industry and Information Technology", ["Municipal Bureau of Industry and Information Technology"], co=False),
     O("Ministry of Industry and Information Technology", ["MIIT"], co=False),
     O("Changzhou Kaolun Precision Bearing Co., Ltd.", cats=["little_giant"], ev="our city has 23 enterprises newly identified as national-level specialized, refined, characteristic and novel \"little giant\" enterprises (国家级专精特新\"小巨人\"企业). Together with the previous batches, the city now has 187 national \"little giant\" enterprises, ranking fourth in the province.\n\nThe list of some newly selected enterprises is now announced as follows:\n1. Changzhou Kaolun Precision Bearing Co., Ltd."),
     O("Jiangsu Moqing Membrane Materials Technology Co., Ltd.", cats=["little_giant"], ev="2. Jiangsu Moqing Membrane Materials Technology Co., Ltd."),
     O("Changzhou Feiyao Drone Power System Co., Ltd.", cats=["little_giant"], ev="3. Changzhou Feiyao Drone Power System Co., Ltd."),
     O("Changzhou Dongfeng Yuanhang Textile Machinery Co., Ltd."),
     O("Jiangsu Provincial Department of Industry and Information Technology", co=False),
     O("Changzhou Baoshun Valve Co., Ltd."), O("Liyang Huaxin Electric Heating Technology Co., Ltd.")],
    ["little_giant"], ["manufacturing", "robotics", "advanced_materials", "new_energy", "low_altitude_economy"],
    [F("23 enterprises newly identified", "count", "new national little giants in the city, seventh batch"),
     F("187 national \"little giant\" enterprises", "count", "national little giants in the city, all batches"),
     F("146 enterprises in our city passed the review", "count", "fourth-batch firms passing review"),
     F("9 enterprises did not pass the review", "count", "fourth-batch firms losing the title"),
     F("412 enterprises", "count", "provincial-level specialized SMEs in the city, 2025"),
     F("500,000 yuan", "other", "municipal reward per new national little giant")],
    ["little giant enterprises", "seventh batch", "MIIT", "review of the fourth batch", "provincial specialized SMEs", "Changzhou"],
    "Invented text in the genre of a machine-translated Chinese municipal notice (Changzhou); company names invented; the URL is a placeholder (.example). Little giants: the three numbered firms are explicit by the list intro ('newly selected enterprises' after 'national-level ... little giant'); evidence for the first item runs from the statement to the name, the 2nd and 3rd item lines are short spans that depend on that list header (doubt: a scorer may want the long span). Traps: Changzhou Dongfeng Yuanhang Textile Machinery lost the title in the fourth-batch review (past status, no label); Changzhou Baoshun Valve and Liyang Huaxin are provincial-level specialized SMEs (lower tier, no label); 'reserve force' cultivation library; 'strive to grow into manufacturing single champion' is an aspiration. The bureau appears as 'Municipal Bureau of Industry and Information Technology' in the title and with the city in the signature (alias).")

add("16-suzhou-harmonic-reducer-humanoid-little-giant", "LG", "invented (Chinese tech press in English)",
    "https://www.techchina-daily.example/2025/03/27/suzhou-harmonic-reducer-humanoid",
    "Suzhou reducer maker rides humanoid robot boom after joining MIIT's little giant list", "2025-03-27", """
While the country's tech giants race to show off humanoid robots at trade fairs, much of the hardware inside them comes from companies few consumers have heard of.

One of them is Suzhou Hengjing Drive Technology, which makes harmonic reducers, the compact gear units that let a robot's elbow or knee turn smoothly. The company said on Wednesday that it had closed a C-round financing of 480 million yuan led by Legend Capital, with Suzhou Oriza Holdings and existing shareholder Shunwei Capital following. It did not disclose a valuation.

Founded in 2016 in the Suzhou Industrial Park, the firm supplies joint modules to more than 30 humanoid robot developers, including Shanghai-based Fourier Intelligence. Its chairman Xu Minghao said orders for humanoid joints rose more than threefold last year.

Hengjing was named a national specialized and sophisticated "little giant" by the Ministry of Industry and Information Technology in the sixth batch in 2024, and the Suzhou-based firm is now preparing an application for the Shanghai Stock Exchange's STAR Market, according to people familiar with the plan.

Analysts at CITIC Securities estimate the domestic market for humanoid robot reducers will reach 12 billion yuan by 2030. Competition is crowded: Leaderdrive, which is listed on the STAR Market, has a market value of about 25 billion yuan, and dozens of start-ups are chasing the same customers.

"Localising precision reducers was a bottleneck for years," Xu said, adding that the company would put most of the new money into a second production base in Wuxi.

Not every supplier has fared as well. Jiangsu Tianqiao Motion, another joint maker that told investors last year it aimed to become a "little giant" within two years, cut a third of its staff in January.
""",
    [O("Suzhou Hengjing Drive Technology", ["Hengjing"], cats=["little_giant"], ev="Hengjing was named a national specialized and sophisticated \"little giant\" by the Ministry of Industry and Information Technology in the sixth batch in 2024"),
     O("Legend Capital"), O("Suzhou Oriza Holdings"), O("Shunwei Capital"),
     O("Suzhou Industrial Park", co=False), O("Fourier Intelligence"),
     O("Ministry of Industry and Information Technology", co=False),
     O("Shanghai Stock Exchange", co=False), O("CITIC Securities"), O("Leaderdrive"), O("Jiangsu Tianqiao Motion")],
    ["little_giant"], ["robotics", "manufacturing", "industrial_automation"],
    [F("480 million yuan", "funding", "Hengjing C round"),
     F("more than 30 humanoid robot developers", "count", "Hengjing customers"),
     F("more than threefold last year", "growth_rate", "Hengjing humanoid joint orders, one year"),
     F("12 billion yuan by 2030", "other", "humanoid robot reducer market forecast"),
     F("about 25 billion yuan", "valuation", "Leaderdrive, listed market value"),
     F("a third of its staff", "other", "Jiangsu Tianqiao Motion job cuts")],
    ["harmonic reducers", "humanoid robots", "little giant", "C-round financing", "STAR Market", "embodied AI"],
    "Invented text in the genre of Chinese tech press in English; company names invented except well-known investors/brokers used as context (Legend Capital, Shunwei Capital, CITIC Securities, Fourier Intelligence, Leaderdrive are real names used without real facts: doubt). Hengjing: explicit little giant, name and label in the same sentence but the full name is three paragraphs earlier. Traps: 'tech giants' in the lead; 480 million yuan is funding without valuation (no unicorn); threefold order growth in one year is not a gazelle; Leaderdrive's 25 billion yuan is a listed market value; Jiangsu Tianqiao Motion only 'aimed to become a little giant' (aspirant). Suzhou Industrial Park is a state-level park (false). STAR Market is part of the Shanghai Stock Exchange (not tagged separately).")

add("17-hefei-quantum-little-giant-unicorn", "LG", "invented (regional English daily)",
    "https://www.anhuinews-en.example/2024/11/06/hefei-quantum-sensing-unicorn",
    "Hefei quantum sensing firm valued at 9.5 billion yuan after new round", "2024-11-06", """
HEFEI - Guoke Liangxin Technology, a Hefei company that builds quantum sensors for power grids and medical imaging, has completed a Series D round that values it at 9.5 billion yuan ($1.33 billion), the company said on Tuesday.

The round of 1.1 billion yuan was led by Hefei Industry Investment Group, the city's state-owned investor, with China Internet Investment Fund and Qiming Venture Partners also taking part. The deal makes Guoke Liangxin the second start-up from the city's quantum cluster to pass the billion-dollar mark, after QuantumCTek, which listed in Shanghai in 2020 and is therefore no longer counted among the city's unicorns.

Spun out of a research group at the University of Science and Technology of China in 2017, the firm was named to the fifth batch of national "little giant" companies by the Ministry of Industry and Information Technology last year. Its magnetometers are used by State Grid to find faults in high-voltage lines.

Hefei now has 12 unicorns and 331 national specialized and sophisticated "little giant" enterprises, according to the municipal development and reform commission, which has set a target of 20 unicorns by 2027.

Two other quantum start-ups, Benyuan Quantum Computing and Hefei Zhongke Guoteng, are described by local officials as "potential unicorns". Benyuan raised 500 million yuan in September without announcing a valuation.
""",
    [O("Guoke Liangxin Technology", ["Guoke Liangxin"], cats=["little_giant", "unicorn"], ev="The deal makes Guoke Liangxin the second start-up from the city's quantum cluster to pass the billion-dollar mark, after QuantumCTek, which listed in Shanghai in 2020 and is therefore no longer counted among the city's unicorns.\n\nSpun out of a research group at the University of Science and Technology of China in 2017, the firm was named to the fifth batch of national \"little giant\" companies"),
     O("Hefei Industry Investment Group", co=True), O("China Internet Investment Fund", co=False), O("Qiming Venture Partners"),
     O("QuantumCTek"), O("University of Science and Technology of China", co=False),
     O("Ministry of Industry and Information Technology", co=False), O("State Grid"),
     O("Benyuan Quantum Computing", ["Benyuan"]), O("Hefei Zhongke Guoteng")],
    ["little_giant", "unicorn"], ["quantum", "healthcare", "new_energy"],
    [F("9.5 billion yuan ($1.33 billion)", "valuation", "Guoke Liangxin after Series D"),
     F("1.1 billion yuan", "funding", "Guoke Liangxin Series D"),
     F("12 unicorns", "count", "unicorns in Hefei"),
     F("331 national specialized and sophisticated \"little giant\" enterprises", "count", "national little giants in Hefei"),
     F("20 unicorns by 2027", "other", "Hefei unicorn target"),
     F("500 million yuan", "funding", "Benyuan round, no valuation")],
    ["quantum sensing", "little giant", "unicorn", "Series D", "Hefei", "state-owned investor"],
    "Invented text (regional English-language daily, Hefei); Guoke Liangxin, Benyuan Quantum Computing and Hefei Zhongke Guoteng are invented here (doubt: similar real names exist; QuantumCTek, State Grid, Qiming and USTC are real names used as context). Guoke Liangxin carries two labels: unicorn (9.5 billion yuan = $1.33 billion, 'pass the billion-dollar mark', private) and little_giant (fifth batch), stated in two sentences, so the evidence is one span from the first to the second (devset rule). Traps: QuantumCTek is listed and 'no longer counted among the city's unicorns' (no label); Benyuan and Zhongke Guoteng are 'potential unicorns' (aspirants); 500 million yuan is funding. China Internet Investment Fund treated as a government guidance fund (false, doubt); Hefei Industry Investment Group is a state-owned commercial investor (true, doubt). The municipal development and reform commission is unnamed (not listed).")

add("18-china-industry-brief-newsletter-little-giants", "LG", "invented (newsletter with bullets)",
    "https://chinaindustrybrief.example/p/issue-141-little-giants-year-end",
    "China Industry Brief #141: 17,600 little giants, a ladder brand, and the single champions", "2025-12-19", """
Good morning. Here is what mattered this week in Chinese industrial policy.

THE NUMBERS
- MIIT says the country now has more than 17,600 national specialised, refined, differentiated and innovative "little giant" firms (专精特新"小巨人"), after the seventh batch added about 3,000. Beneath them sit over 140,000 provincial-level specialised SMEs and roughly 600,000 "innovative SMEs".
- The Beijing Stock Exchange said 62% of its 270-odd listed companies are little giants or provincial specialised SMEs.

COMPANIES TO KNOW
- Ningbo Zhenqiao Hydraulics: the maker of valve blocks for excavators was confirmed as a manufacturing single champion, the tier above the little giants. It is not on the little giant list.
- Xiamen Guangyu Optics: a national "little giant" since 2021, it passed its three-year re-examination this month and keeps the title until 2027.
- Harbin Beiji Coatings: was a provincial "little giant" in Heilongjiang; local media describing it as a national one got it wrong, the provincial department of industry and information technology said.

ODD ONE OUT
- Little Giant, the US ladder brand owned by Wing Enterprises, is not, despite many search results, part of China's programme. Its new aluminium model sells for $399.

WHAT WE ARE READING
- A paper from Peking University estimates that little giants received 18.6 billion yuan in direct subsidies in 2023, and that their R&D spending averaged 7.8% of revenue.

See you next Friday.
""",
    [O("MIIT", co=False), O("Beijing Stock Exchange", co=False), O("Ningbo Zhenqiao Hydraulics"),
     O("Xiamen Guangyu Optics", cats=["little_giant"], ev="Xiamen Guangyu Optics: a national \"little giant\" since 2021, it passed its three-year re-examination this month and keeps the title until 2027"),
     O("Harbin Beiji Coatings"), O("Wing Enterprises"), O("Peking University", co=False)],
    ["little_giant"], ["manufacturing", "capital_markets", "advanced_materials"],
    [F("more than 17,600", "count", "national little giants"),
     F("about 3,000", "count", "little giants added in the seventh batch"),
     F("over 140,000 provincial-level specialised SMEs", "count", "provincial specialised SMEs"),
     F("roughly 600,000 \"innovative SMEs\"", "count", "innovative SMEs"),
     F("62% of its 270-odd listed companies", "other", "share of BSE listed firms that are little giants or specialised SMEs"),
     F("$399", "other", "price of Little Giant ladder model"),
     F("18.6 billion yuan", "other", "direct subsidies to little giants, 2023"),
     F("7.8% of revenue", "other", "little giants' average R&D intensity")],
    ["little giants", "single champion", "provincial specialised SMEs", "re-examination", "Beijing Stock Exchange", "newsletter"],
    "Invented newsletter with bullets; company names invented except Wing Enterprises/Little Giant ladders (real brand, used for the trap; price invented). Xiamen Guangyu Optics: explicit little giant (re-examined, title valid). Traps: Ningbo Zhenqiao Hydraulics is a single champion and explicitly 'not on the little giant list' (no little_giant; the taxonomy has no single-champion category in the gold); Harbin Beiji Coatings is a provincial little giant (lower tier); Little Giant is a ladder brand (Wing Enterprises no label); counts of tiers; 'little giants' in the Peking University line is the class. The provincial department is unnamed (not listed). Published date invented.")

add("19-liangxi-district-cultivation-pool", "LG", "invented (district government news, MT)",
    "http://www.wxlx.gov.cn.example/zfxxgk/2024/05/20/specialized-new-cultivation.shtml",
    "Liangxi District holds promotion meeting for specialized and new enterprises, 56 enterprises enter the cultivation pool", "2024-05-20", """
On May 17, the Liangxi District Industry and Information Technology Bureau held a promotion meeting on the gradient cultivation of specialized, special and new enterprises. More than 80 enterprise representatives attended.

The meeting announced that 56 enterprises have entered the district's "little giant" cultivation pool this year. Enterprises in the pool will receive one-to-one guidance on declaration for the national level. Among them, Wuxi Tongquan Sensing Technology Co., Ltd. said it aims to become a national "little giant" enterprise in the next batch, and has already been a provincial specialized, sophisticated, special and new small and medium-sized enterprise since 2022.

At present, the district has 9 national-level specialized and new "little giant" enterprises and 71 provincial-level specialized and new SMEs. Wuxi Yinshuo Semiconductor Equipment Co., Ltd., which was identified as a national "little giant" in the fourth batch, shared its experience: its sales revenue increased from 160 million yuan in 2020 to 520 million yuan in 2023, and its R&D investment accounts for 11% of sales.

Wang Li, deputy director of the bureau, said that the district will give up to 1 million yuan in support to newly identified national "little giant" enterprises and 300,000 yuan to provincial ones. The district will also cooperate with Jiangsu Bank to launch "Specialized and New Loan" products, with a credit line of 2 billion yuan.

The meeting also invited experts from Jiangnan University to interpret the new evaluation standards, which require that the main business income of a little giant candidate exceeds 100 million yuan, or that it has obtained more than 20 million yuan of equity financing in the past two years.
""",
    [O("Liangxi District Industry and Information Technology Bureau", co=False),
     O("Wuxi Tongquan Sensing Technology Co., Ltd."),
     O("Wuxi Yinshuo Semiconductor Equipment Co., Ltd.", cats=["little_giant"], ev="Wuxi Yinshuo Semiconductor Equipment Co., Ltd., which was identified as a national \"little giant\" in the fourth batch"),
     O("Jiangsu Bank"), O("Jiangnan University", co=False)],
    ["little_giant"], ["semiconductors", "manufacturing", "electronics"],
    [F("More than 80 enterprise representatives", "count", "meeting attendees"),
     F("56 enterprises", "count", "firms in the little giant cultivation pool"),
     F("9 national-level", "count", "national little giants in the district"),
     F("71 provincial-level", "count", "provincial specialized SMEs in the district"),
     F("from 160 million yuan in 2020 to 520 million yuan in 2023", "revenue", "Wuxi Yinshuo sales revenue 2020-2023"),
     F("11% of sales", "other", "Wuxi Yinshuo R&D intensity"),
     F("up to 1 million yuan", "other", "district support per new national little giant"),
     F("300,000 yuan", "other", "district support per new provincial specialized SME"),
     F("2 billion yuan", "other", "Jiangsu Bank credit line"),
     F("exceeds 100 million yuan", "other", "little giant revenue criterion"),
     F("more than 20 million yuan of equity financing", "other", "little giant financing criterion")],
    ["cultivation pool", "little giant", "gradient cultivation", "provincial specialized SMEs", "Liangxi District"],
    "Invented district government news (Wuxi, Liangxi), machine-translation style; names invented except Jiangsu Bank and Jiangnan University (context). Wuxi Yinshuo: explicit little giant (fourth batch). Its revenue went from 160 to 520 million yuan over 2020-2023, about 48% a year over three years: a criterion gazelle is arguable, but the firm's age and size are not given and the text frames it only as a little giant; no gazelle label (doubt). Traps: 56 firms in a 'cultivation pool' (aspirants); Wuxi Tongquan 'aims to become' a national little giant and is a provincial specialized SME (lower tier, no label); 'little giant candidate' criteria are thresholds. Wang Li is a person.")

add("20-wuxi-hi-tech-zone-gazelle-roster-2024", "G", "invented (zone gazelle roster, MT)",
    "http://www.wnd.gov.cn.example/doc/2024/07/02/gazelle-enterprises-2024.shtml",
    "Wuxi High-tech Zone announces 2024 list of gazelle enterprises and quasi-gazelle enterprises", "2024-07-02", """
Recently, the Science and Technology Innovation Committee of Wuxi National High-tech Industrial Development Zone (Xinwu District) released the 2024 list of gazelle enterprises (瞪羚企业) and quasi-gazelle enterprises. A total of 38 enterprises were recognized as gazelle enterprises and 65 enterprises were included in the quasi-gazelle cultivation list.

According to the recognition measures, gazelle enterprises must have been established for no more than ten years, have operating income of more than 20 million yuan in the previous year, and have achieved an average annual growth rate of operating income of not less than 25% in the past three years.

The newly recognized gazelle enterprises include: Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd., Wuxi Xinchi Microelectronics Co., Ltd. and Jiangsu Zhongrong Lithium Energy Equipment Co., Ltd. Among them, Wuxi Xinchi Microelectronics, founded in 2019, saw its operating income grow from 31 million yuan in 2020 to 286 million yuan in 2023.

Enterprises on the quasi-gazelle list, such as Wuxi Lingfeng Intelligent Equipment Co., Ltd., will be tracked and may be upgraded when they meet the standards.

The zone said that the 38 gazelle enterprises achieved total operating income of 9.2 billion yuan in 2023, an increase of 41.3% over the previous year. Each gazelle enterprise will receive a reward of 300,000 yuan, and priority support in land, talent apartments and financing. The zone has also set up a 1 billion yuan "Gazelle Fund" with Wuxi Venture Capital Group.

In addition, three enterprises in the zone were listed in the "potential unicorn" list of the Jiangsu Provincial Department of Science and Technology this year, including Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd.
""",
    [O("Science and Technology Innovation Committee of Wuxi National High-tech Industrial Development Zone", co=False),
     O("Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd.", cats=["gazelle"], ev="The newly recognized gazelle enterprises include: Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd."),
     O("Wuxi Xinchi Microelectronics Co., Ltd.", ["Wuxi Xinchi Microelectronics"], cats=["gazelle"], ev="The newly recognized gazelle enterprises include: Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd., Wuxi Xinchi Microelectronics Co., Ltd."),
     O("Jiangsu Zhongrong Lithium Energy Equipment Co., Ltd.", cats=["gazelle"], ev="The newly recognized gazelle enterprises include: Wuxi Tianmai Bio-Pharmaceutical Technology Co., Ltd., Wuxi Xinchi Microelectronics Co., Ltd. and Jiangsu Zhongrong Lithium Energy Equipment Co., Ltd."),
     O("Wuxi Lingfeng Intelligent Equipment Co., Ltd."),
     O("Wuxi Venture Capital Group"), O("Jiangsu Provincial Department of Science and Technology", co=False)],
    ["gazelle", "unicorn"], ["biotechnology", "semiconductors", "new_energy", "industrial_automation"],
    [F("38 enterprises", "count", "gazelle enterprises recognised, 2024"),
     F("65 enterprises", "count", "quasi-gazelle list"),
     F("no more than ten years", "other", "gazelle age criterion"),
     F("more than 20 million yuan", "other", "gazelle income criterion"),
     F("not less than 25%", "other", "gazelle growth criterion, three-year average"),
     F("from 31 million yuan in 2020 to 286 million yuan in 2023", "revenue", "Wuxi Xinchi operating income 2020-2023"),
     F("9.2 billion yuan", "revenue", "38 gazelle enterprises' total income 2023"),
     F("41.3%", "growth_rate", "gazelle enterprises' income growth 2023"),
     F("300,000 yuan", "other", "reward per gazelle enterprise"),
     F("1 billion yuan \"Gazelle Fund\"", "other", "zone gazelle fund size"),
     F("three enterprises", "count", "potential unicorns in the zone")],
    ["gazelle enterprises", "quasi-gazelle", "Wuxi High-tech Zone", "recognition measures", "Gazelle Fund", "potential unicorn"],
    "Invented zone gazelle roster (Wuxi New District), machine-translated style; company names invented; the committee is real in form. Gazelle: three explicit zone-certified gazelle enterprises (Chinese zone gazelles count, devset2 rule); Wuxi Xinchi is also a criterion gazelle (31 to 286 million yuan in three years, about 110% a year, founded 2019). Evidence spans for the 2nd and 3rd run from the list header. Traps: quasi-gazelle list (Wuxi Lingfeng, aspirant); 'Gazelle Fund' is a fund name; 'potential unicorn' list (Wuxi Tianmai gets no unicorn, unicorn discussed only); one-year 41.3% growth of the group. Wuxi Venture Capital Group is a state-owned VC (true, doubt).")

add("21-ft1000-style-europe-fastest-growing-2025", "G", "invented (fast-growth ranking report)",
    "https://www.europeanbusinessreview-fast.example/2025/03/04/europes-fastest-growing-companies-2025",
    "Europe's fastest-growing companies 2025: a Lisbon energy app tops the ranking", "2025-03-04", """
A Lisbon start-up that helps households sell power from their rooftop panels has topped this year's ranking of Europe's 1,000 fastest-growing companies, compiled with data company Statista.

Voltaria, founded in 2019, grew revenue from €0.4 million in 2020 to €38.2 million in 2023, a compound annual growth rate of 357.3 per cent over the three years. The company, which employs 140 people, was valued at €640 million in a funding round last autumn.

Second place went to Munich-based Kelvio, a software group for heat-pump installers, with annual growth of 291 per cent. Poland's Trasa24, a freight platform, came third at 244 per cent a year.

To qualify, companies had to be independent, have revenue of at least €100,000 in 2020 and €1.5 million in 2023, and have grown mostly organically. The minimum compound annual growth rate needed to enter the list was 36.5 per cent, the highest threshold since the ranking began.

Not all entrants are young. Dutch printing group Van Gelder Drukkerij, founded in 1921, made the list at number 612 after a string of acquisitions lifted its sales by 48 per cent a year. Italy has the most companies in the ranking, 260, followed by Germany with 202 and the UK with 153.

Among the better-known names, Scandinavian fintech Ruvo, at number 88, grew 104 per cent a year; it raised €220 million last year at a valuation of €1.6bn, making it the only unicorn in this year's top 100.
""",
    [O("Statista"),
     O("Voltaria", cats=["gazelle"], ev="Voltaria, founded in 2019, grew revenue from €0.4 million in 2020 to €38.2 million in 2023, a compound annual growth rate of 357.3 per cent over the three years"),
     O("Kelvio", cats=["gazelle"], ev="Second place went to Munich-based Kelvio, a software group for heat-pump installers, with annual growth of 291 per cent"),
     O("Trasa24", cats=["gazelle"], ev="Poland's Trasa24, a freight platform, came third at 244 per cent a year"),
     O("Van Gelder Drukkerij"),
     O("Ruvo", cats=["gazelle", "unicorn"], ev="Scandinavian fintech Ruvo, at number 88, grew 104 per cent a year; it raised €220 million last year at a valuation of €1.6bn, making it the only unicorn in this year's top 100")],
    ["gazelle", "unicorn"], ["new_energy", "software", "transportation", "fintech"],
    [F("1,000 fastest-growing companies", "count", "companies in the ranking"),
     F("from €0.4 million in 2020 to €38.2 million in 2023", "revenue", "Voltaria revenue 2020-2023"),
     F("357.3 per cent", "growth_rate", "Voltaria CAGR 2020-2023"),
     F("140 people", "count", "Voltaria employees"),
     F("€640 million", "valuation", "Voltaria (below $1 billion)"),
     F("291 per cent", "growth_rate", "Kelvio annual growth"),
     F("244 per cent a year", "growth_rate", "Trasa24 annual growth"),
     F("at least €100,000 in 2020", "other", "ranking revenue threshold 2020"),
     F("€1.5 million in 2023", "other", "ranking revenue threshold 2023"),
     F("36.5 per cent", "other", "minimum CAGR to enter the ranking"),
     F("48 per cent a year", "growth_rate", "Van Gelder Drukkerij sales growth"),
     F("260", "count", "Italian companies in the ranking"),
     F("104 per cent a year", "growth_rate", "Ruvo annual growth"),
     F("€220 million", "funding", "Ruvo round"),
     F("a valuation of €1.6bn", "valuation", "Ruvo")],
    ["fastest-growing companies", "compound annual growth rate", "FT1000-style ranking", "Statista", "gazelles", "unicorn"],
    "Invented FT1000-style report; all company names invented except Statista. The word gazelle is absent; the ranking's CAGR over 2020-2023 (three years) is the gazelle growth test. Criterion gazelles: Voltaria (young, 357.3%/yr), Kelvio (291%) and Trasa24 (244%) (doubt: Kelvio's and Trasa24's ages are not given; the ranking period is three years, as for the FT1000 devset2 case). Ruvo: gazelle (104%/yr) and unicorn (€1.6bn, about $1.7bn, 'only unicorn'); one evidence span covers both. Traps: Voltaria's €640 million valuation is below $1 billion (no unicorn); Van Gelder Drukkerij grew 48%/yr but was founded in 1921 and grew by acquisitions (no gazelle); 36.5% is a threshold; country counts.")

add("22-indian-d2c-brand-revenue-eightfold-soonicorn", "G", "invented (Indian startup press)",
    "https://www.startupdesk-india.example/2024/10/09/kosha-naturals-fy24-revenue",
    "D2C skincare brand Kosha Naturals posts eightfold revenue jump in three years; eyes soonicorn tag", "2024-10-09", """
Bengaluru-based direct-to-consumer skincare brand Kosha Naturals reported operating revenue of Rs 96 crore for FY24, up from Rs 12 crore in FY21, according to its filings with the Registrar of Companies (RoC). That is an eightfold rise in three years, or roughly 100% a year.

The four-year-old startup, which sells ayurvedic serums and sunscreens through its own website and marketplaces such as Nykaa and Amazon, narrowed its loss to Rs 8.4 crore from Rs 15 crore a year earlier. Its headcount grew to 210 from 35 in FY21.

Kosha raised Rs 150 crore ($18 million) in a Series B round led by Fireside Ventures in March, which valued the company at about Rs 1,100 crore. Co-founder Ananya Rao told this publication that the company wants to become a soonicorn within two years and a unicorn before its planned IPO.

The Indian beauty and personal care market is projected to touch $30 billion by 2027, according to a report by Redseer Strategy Consultants. The segment has produced two unicorns so far: Nykaa, which listed in 2021 and now has a market capitalisation of over Rs 50,000 crore, and Mamaearth parent Honasa Consumer, which went public in 2023.

Rival Dermafique Labs, backed by Sequoia-spinoff Peak XV Partners, posted FY24 revenue of Rs 310 crore, up 38% on the year.
""",
    [O("Kosha Naturals", ["Kosha"], cats=["gazelle"], ev="Bengaluru-based direct-to-consumer skincare brand Kosha Naturals reported operating revenue of Rs 96 crore for FY24, up from Rs 12 crore in FY21, according to its filings with the Registrar of Companies (RoC). That is an eightfold rise in three years, or roughly 100% a year.\n\nThe four-year-old startup"),
     O("Registrar of Companies", ["RoC"], co=False), O("Nykaa"), O("Amazon"), O("Fireside Ventures"),
     O("Redseer Strategy Consultants"), O("Honasa Consumer"), O("Dermafique Labs"), O("Peak XV Partners")],
    ["gazelle", "unicorn"], ["consumer_products", "e_commerce", "retail"],
    [F("Rs 96 crore for FY24", "revenue", "Kosha Naturals operating revenue FY24"),
     F("Rs 12 crore in FY21", "revenue", "Kosha Naturals operating revenue FY21"),
     F("roughly 100% a year", "growth_rate", "Kosha Naturals annual revenue growth FY21-FY24"),
     F("Rs 8.4 crore", "other", "Kosha Naturals loss FY24"),
     F("210", "count", "Kosha Naturals headcount"),
     F("Rs 150 crore ($18 million)", "funding", "Kosha Naturals Series B"),
     F("about Rs 1,100 crore", "valuation", "Kosha Naturals (about $130 million)"),
     F("$30 billion by 2027", "other", "Indian beauty and personal care market forecast"),
     F("over Rs 50,000 crore", "valuation", "Nykaa, listed market capitalisation"),
     F("Rs 310 crore", "revenue", "Dermafique Labs revenue FY24"),
     F("38%", "growth_rate", "Dermafique Labs revenue growth, one year")],
    ["D2C skincare", "revenue growth", "soonicorn", "Series B", "Rs crore", "beauty and personal care"],
    "Invented Indian startup press (Inc42/Entrackr style); Kosha Naturals and Dermafique Labs invented; Nykaa, Honasa Consumer, Fireside Ventures, Peak XV Partners, Redseer are real names used as context without new facts about them (the $30 billion forecast is invented: doubt). Kosha: criterion gazelle (young, Rs 12 to 96 crore over FY21-FY24, about 100% a year for three years); evidence runs to 'The four-year-old startup' to include youth. Traps: soonicorn/unicorn aspiration; Rs 1,100 crore valuation is about $130 million; Nykaa and Honasa are former unicorns now listed (no label); Dermafique's 38% is one year; market forecast.")

add("23-brazil-fast-50-reais-agtech", "G", "invented (LatAm startup press)",
    "https://www.latamstartups.example/2023/11/22/deloitte-style-fast-50-brazil-2023",
    "Brazilian agtech grows 1,380% in four years and leads fast-growth ranking", "2023-11-22", """
SÃO PAULO - Goiás-based Campo Vivo Tecnologia, which rents sensor kits and credit to small soybean farmers, leads this year's edition of the Crescer 50 ranking of the fastest-growing Brazilian technology companies, published by consultancy Meridian Partners Brasil.

The company, founded in 2018, increased revenue by 1,380% between 2019 and 2022, from R$ 4.1 million to R$ 60.7 million. That is more than 95% a year for four years. "We were a gazelle before we knew the word," said co-founder Luísa Teixeira, referring to the economists' term for young companies that grow above 20% a year for several years in a row.

Second place went to Recife's Pagô, a payments app for informal workers, with growth of 1,040% over the same period. The fintech was valued at R$ 6 billion (about US$1.2 billion) in a round led by Kaszek in August, joining the list of Brazilian unicorns.

Not every name on the list is a start-up: Metalúrgica Ferreira Irmãos, a family-owned auto-parts maker founded in 1962, entered at number 47 after growing 190% in the period thanks to one export contract.

The 50 companies together reported revenue of R$ 3.4 billion last year and employ 11,800 people. To enter, companies needed revenue of at least R$ 1 million in 2019.

Meridian said the ranking excludes subsidiaries of listed groups, so Stone and Nubank, both listed in the United States, are not eligible.
""",
    [O("Campo Vivo Tecnologia", cats=["gazelle"], ev="The company, founded in 2018, increased revenue by 1,380% between 2019 and 2022, from R$ 4.1 million to R$ 60.7 million. That is more than 95% a year for four years. \"We were a gazelle before we knew the word,\""),
     O("Meridian Partners Brasil", ["Meridian"]),
     O("Pagô", cats=["gazelle", "unicorn"], ev="Second place went to Recife's Pagô, a payments app for informal workers, with growth of 1,040% over the same period. The fintech was valued at R$ 6 billion (about US$1.2 billion) in a round led by Kaszek in August, joining the list of Brazilian unicorns"),
     O("Kaszek"), O("Metalúrgica Ferreira Irmãos"), O("Stone"), O("Nubank")],
    ["gazelle", "unicorn"], ["fintech", "food_processing", "venture_capital"],
    [F("1,380%", "growth_rate", "Campo Vivo revenue growth 2019-2022"),
     F("from R$ 4.1 million to R$ 60.7 million", "revenue", "Campo Vivo revenue 2019 and 2022"),
     F("more than 95% a year for four years", "growth_rate", "Campo Vivo annual growth"),
     F("above 20% a year", "other", "gazelle definition threshold"),
     F("1,040%", "growth_rate", "Pagô revenue growth 2019-2022"),
     F("R$ 6 billion (about US$1.2 billion)", "valuation", "Pagô"),
     F("190%", "growth_rate", "Metalúrgica Ferreira Irmãos growth 2019-2022"),
     F("R$ 3.4 billion", "revenue", "total revenue of the 50 companies"),
     F("11,800 people", "count", "employees of the 50 companies"),
     F("at least R$ 1 million in 2019", "other", "ranking revenue threshold")],
    ["fastest-growing companies", "gazelle", "agtech", "reais valuation", "Brazilian unicorns", "Crescer 50"],
    "Invented LatAm startup press; Campo Vivo, Pagô, Meridian Partners Brasil, Crescer 50 and Metalúrgica Ferreira Irmãos invented; Kaszek, Stone, Nubank are real names used as context. Campo Vivo: criterion gazelle (founded 2018, about 96% a year 2019-2022) plus the quote. Note the devset wording 'four years' is loose: 2019-2022 is three growth years; either way above 20%. Pagô: gazelle on 1,040% over 2019-2022 (about 125% a year; age not given: doubt) and unicorn on R$ 6 billion = about US$1.2 billion (explicit 'Brazilian unicorns'). Traps: Metalúrgica Ferreira Irmãos founded 1962 (old firm, no gazelle); Stone and Nubank are listed (no label); the gazelle definition sentence. Sector: agtech mapped to food_processing is a stretch (doubt; no agriculture id).")

add("24-kenya-safari-gazelle-little-giant-ladders", "H", "invented (African business newsletter)",
    "https://www.eastafricabizweekly.example/2024/06/14/week-in-business",
    "Week in business: safari operator's gazelle count, a ladder recall and a start-up that wants to be a unicorn", "2024-06-14", """
NAIROBI - Here are the stories our readers followed this week.

1. Maasai Mara tourism rebounds. Safari operator Savannah Trails Ltd said bookings rose 34% in the first five months of 2024, helped by the annual migration. Its guides counted more than 2,000 Thomson's gazelles on a single game drive in the Mara Triangle, and the company added 14 vehicles to its fleet. Kenya's tourism earnings reached KSh 352.5 billion last year, the tourism ministry said.

2. Ladder recall. Hardware retailer Buildmart Kenya pulled a batch of imported Little Giant ladders from its shelves after a hinge defect was reported in the US. Each model sold for about KSh 52,000.

3. The unicorn question. Nairobi fintech Pesaflo, which lets small shops take card payments on a phone, raised $22 million in a Series A led by Partech Africa. Its chief executive told us the company "aims to become East Africa's next unicorn" within five years. It did not disclose a valuation. Kenya has no home-grown unicorn yet; Africa's count stands at nine, according to the Briter Intelligence tracker, and several former members have been marked down in recent rounds.

4. Telecom giant keeps growing. Safaricom, the listed mobile operator and the country's largest company by market value, reported service revenue up 5.7% to KSh 311.1 billion. M-Pesa revenue grew 11% to KSh 139.9 billion.

5. Deal of the week. Logistics start-up Mizigo Express was acquired by South Africa's Imperial Logistics for an undisclosed sum, two years after being valued at $60 million.
""",
    [O("Savannah Trails Ltd"), O("Buildmart Kenya"), O("Pesaflo"), O("Partech Africa"), O("Briter Intelligence"),
     O("Safaricom"), O("Mizigo Express"), O("Imperial Logistics")],
    ["unicorn"], ["travel_hospitality", "fintech", "telecommunications"],
    [F("34%", "growth_rate", "Savannah Trails bookings, five months"),
     F("KSh 352.5 billion", "revenue", "Kenya tourism earnings"),
     F("about KSh 52,000", "other", "price of ladder model"),
     F("$22 million", "funding", "Pesaflo Series A"),
     F("nine", "count", "African unicorns (Briter Intelligence)"),
     F("5.7% to KSh 311.1 billion", "revenue", "Safaricom service revenue and growth"),
     F("11% to KSh 139.9 billion", "revenue", "M-Pesa revenue and growth"),
     F("$60 million", "valuation", "Mizigo Express earlier valuation")],
    ["safari tourism", "Little Giant ladders", "unicorn aspirant", "Series A", "Safaricom", "M-Pesa"],
    "Invented East African business newsletter (numbered list); Savannah Trails, Buildmart Kenya, Pesaflo and Mizigo Express invented; Partech Africa, Briter Intelligence, Safaricom and Imperial Logistics are real names used as context, with invented figures (doubt). Hard negative, nothing labelled: Thomson's gazelles are animals (gazelle not discussed); Little Giant is a ladder brand (little_giant not discussed); Pesaflo 'aims to become' a unicorn (aspirant, funding without valuation); Africa's nine unicorns are a count with no member named; 'Telecom giant' and Safaricom's market value (listed); Mizigo Express acquired, $60 million old valuation. M-Pesa is a service (product), not tagged. The tourism ministry is unnamed. categories_discussed: unicorn (aspirant and count wording). The figure 'nine' is a bare word (a scorer may miss it).")
