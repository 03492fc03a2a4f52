import json, pathlib, sys
H = pathlib.Path(__file__).resolve().parent
src = (H / "build.py").read_text()
g = {"__file__": str(H / "build.py")}
exec(src, g)
for it in g["ITEMS"]:
    (H / "articles" / f"{it['slug']}.txt").write_text(it["text"])
    gold = {"url": it["url"], "title": it["title"], "published": it["published"], "organizations": it["orgs"],
            "categories_discussed": it["disc"], "sectors": it["sectors"], "figures": it["figures"],
            "keyphrases": it["kp"], "notes": it["notes"], "group": it["group"]}
    (H / "gold" / f"{it['slug']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
    print(it["slug"], it["group"], len(it["text"].split()))
