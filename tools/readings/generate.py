#!/usr/bin/env python3
"""Writes knowledge/readings.txt: the kana readings of the words in the knowledge, so that a message typed in
hiragana (「しやくしょ の まどぐち」, as in やさしい日本語 or on a phone without conversion) is read with the words the
knowledge uses. Run after the knowledge changes much: `python3 tools/readings/generate.py` (needs Debian's mecab and
mecab-ipadic-utf8). The bot itself does not need MeCab: it reads the generated file like the synonyms."""
import collections, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[2]
knowledge = root / "knowledge"
text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(knowledge.rglob("*"))
                 if p.suffix in {".md", ".yaml", ".csv"} and p.is_file())
# Keyword lists are separated by ", ", which IPAdic reads as a noun: the word after it is then taken for a suffix
# (「面倒, 楽になる」 gives 楽 as 接尾). The Japanese comma ends a word as a list of keywords means.
out = subprocess.run(["mecab"], input=text.replace(", ", "、"), capture_output=True, text=True, check=True).stdout

kanji = re.compile(r"[\u4e00-\u9fff々]")
def hira(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)

# Hiragana strings that are common words or endings in a message: a reading equal to one of them would turn
# ordinary grammar into a noun (「しない」 read as 市内).
stop = set("""しない します しました しよう したい される させる できる できない ください いただく いる いない ある ない なる
なります なった いう という ような ように ために ところ こと もの ほう とき ため うち なか いま まえ あと さき かた ほか ひと
よう ころ ごろ いか いじょう いない いつ どこ だれ なに なん どう これ それ あれ どれ ここ そこ あそこ""".split())

# Two-kana words that are mostly grammar or another word in a question (これ, いい, ない, もの, うち, まえ…).
short_stop = set("""いい ない もの こと うち まえ あと ほか ひと とき ため なか かた よう ころ いま さき うえ した さる いな もと しつ べつ
わり めん つぎ かず とし がわ れい あん つき よこ ばん らん たて わく""".split())

counts = collections.Counter()

# Compound nouns too (健康保険証 = 健康 + 保険 + 証, 住民票): a resident types the whole word in kana
# (「けんこうほけんしょう」), and read piece by piece its parts name other things (健康 alone, 保険 alone).
COMPOUND_PARTS = {"一般", "サ変接続", "形容動詞語幹", "固有名詞", "接尾"}
MAX_COMPOUND = 3
run = []  # (surface, reading) of the nouns in a row so far
# The kana of the particles that follow a noun in a message (the bot's KanaReadings knows the same).
PARTICLES = set("のをにがはでともへや")

def add_compounds(run):
    for start in range(len(run)):
        for end in range(start + 2, min(len(run), start + MAX_COMPOUND) + 1):
            surface = "".join(s for s, _ in run[start:end])
            reading = "".join(r for _, r in run[start:end])
            # A last part read as one particle's kana (窓口派 まどぐち+は) would read 「まどぐちは」 as that word.
            if run[end - 1][1] in PARTICLES:
                continue
            if kanji.search(surface) and re.fullmatch(r"[ぁ-ゖー]+", reading) and len(reading) >= 4:
                counts[(reading, surface)] += 1

# Verbs as residents type them in kana, conjugated (「かみに かかなくて」「いちど だした」「しやくしょに いかなくても」):
# each verb the knowledge uses, in the forms a question puts it in. Only a stem with a kanji, and only forms of at
# least four kana: 「かいた」 or 「あった」 are too likely to be something else.
ROWS = {"カ": "かきくけこ", "ガ": "がぎぐげご", "サ": "さしすせそ", "タ": "たちつてと", "ナ": "なにぬねの",
        "バ": "ばびぶべぼ", "マ": "まみむめも", "ラ": "らりるれろ", "ワ": "わいうえお"}
def te_form(kind):
    if "イ音便" in kind:
        return "い", "て", "た"
    if kind.startswith("五段・ガ"):
        return "い", "で", "だ"
    if kind.startswith("五段・サ"):
        return "し", "て", "た"
    if kind[3] in "ナバマ":
        return "ん", "で", "だ"
    return "っ", "て", "た"

# Marks a form made or suffered (passive, causative): in four kana these are often another word's (つかれた is
# 疲れた, not 付かれた; とられる 取られる as much as 撮られる), so they need five.
MADE = "*"

def verb_forms(kind):
    """(ending after the stem) for the forms questions use: negative, polite, wish, te/ta, potential, conditional, and
    what a resident complains of being made to do or made to suffer (「ながく またされる」「なんまいも かかされる」)."""
    if kind == "一段":
        return ["ない", "なくて", "なくても", "なければ", "なかった", "ます", "ました", "ません", "たい", "て", "ても", "た",
                "たら", "る", "れば", "られる", "られます", "られない", "られなくて", "られなくても"] + [
                MADE + x for x in ("させる", "させない", "させられる", "させられて")]
    if not kind.startswith("五段・") or kind[3] not in ROWS:
        return []
    a, i, u, e, o = ROWS[kind[3]]
    sound, te, ta = te_form(kind)
    return ([a + x for x in ("ない", "なくて", "なくても", "なければ", "なかった", "ずに")]
            + [i + x for x in ("ます", "ました", "ません", "たい")]
            + [u] + [e + x for x in ("る", "ます", "ない", "なくて", "なくても", "ば")] + [o + "う"]
            + [sound + x for x in (te, te + "も", ta, ta + "ら")]
            + [MADE + a + x for x in ("れる", "れて", "れた", "せる", "せない", "せて", "される", "されて", "された", "されます", "されるの")])

# Verbs whose kana forms are everyday words of another verb: かかります is what a fee does (係る in the knowledge);
# 待たす (待たした) reads as また した (again); 障る (さわらせて) is a resident's 触る.
verb_stop_bases = {"係る", "掛かる", "掛ける", "係わる", "待たす", "障る"}
verbs = collections.Counter()  # (stem, its reading, conjugation) of each verb used

def add_verb(surface, fields):
    """Counts a verb's stem (書, か, 五段・カ行イ音便 for 書か) when it has a kanji and conjugates regularly."""
    if fields[0] != "動詞" or fields[1] != "自立" or len(fields) < 8 or not kanji.search(fields[6]):
        return
    base, kind, reading = fields[6], fields[4], hira(fields[7])
    if base in verb_stop_bases:
        return
    stem = base[:-1] if kind == "一段" or kind.startswith("五段・") else None
    if stem is None or not surface.startswith(stem) or not kanji.search(stem):
        return
    tail = surface[len(stem):]
    if not reading.endswith(tail) or not re.fullmatch(r"[ぁ-ゖ]*", tail):
        return
    stem_reading = reading[:len(reading) - len(tail)]
    if stem_reading and re.fullmatch(r"[ぁ-ゖー]+", stem_reading):
        verbs[(stem, stem_reading, kind)] += 1

for line in out.splitlines():
    if "\t" not in line:
        add_compounds(run)
        run = []
        continue
    surface, features = line.split("\t", 1)
    fields = features.split(",")
    add_verb(surface, fields)
    part_of_compound = (fields[0] == "名詞" and fields[1] in COMPOUND_PARTS and len(fields) >= 8
                        and (kanji.search(surface) or re.fullmatch(r"[ァ-ヶー]{2,}", surface)))
    # A suffix (証, 票) only continues a compound; it does not start one.
    if part_of_compound and not (fields[1] == "接尾" and not run):
        run.append((surface, hira(fields[7])))
    else:
        add_compounds(run)
        run = []
    # Katakana words too (すまほ → スマホ): the router reads messages without folding kana. Words IPAdic does not
    # know (スマホ) come without a reading; a katakana word is its own reading.
    is_katakana = re.fullmatch(r"[ァ-ヶー]{3,}", surface) is not None
    if fields[0] not in ("名詞", "動詞") or not (kanji.search(surface) or is_katakana):
        continue
    if len(fields) < 8 and not is_katakana:
        continue
    reading = hira(surface if is_katakana else fields[7])
    # Two-kana readings only of nouns in one kanji: plain (家 いえ, 紙 かみ), adverbial (夜 よる, 朝 あさ: 「よるや やすみのひ」)
    # and adjectival ones (楽 らく: 「らくに なりますか」). The bot reads them only as a word of their own between particles
    # or spaces, in a message typed in kana.
    short_noun = (len(reading) == 2 and fields[0] == "名詞" and fields[1] in ("一般", "形容動詞語幹", "副詞可能") and len(surface) == 1
                  and kanji.search(surface))
    if (len(reading) < 3 and not short_noun) or reading in stop or reading in short_stop or not re.fullmatch(r"[ぁ-ゖー]+", reading):
        continue
    counts[(reading, surface)] += 1

# Forms that are everyday words or grammar in their own right (すみません, とっても, させない in 書かせない).
verb_stop = set("""させない させます させません とっても とったら みません みました いけない いけません すまない かかった かかって
かかれば あっても あったら なれない しれない しれません になった になって いかした すみません""".split())

verb_counts = collections.Counter()
for (stem, stem_reading, kind), n in verbs.items():
    for marked in verb_forms(kind):
        ending = marked.removeprefix(MADE)
        reading = stem_reading + ending
        if len(reading) >= (5 if marked.startswith(MADE) else 4) and reading not in stop and reading not in verb_stop:
            verb_counts[(reading, stem + ending)] += n

best = {}
for (reading, surface), n in counts.most_common():
    best.setdefault(reading, (surface, n))

# A noun read that way wins over a verb form (こうかい is 公開, not 航海); among verbs the most used. Spellings of one
# verb (申込める, 申し込める: the same kanji) count together, written with their okurigana: the one a phone offers.
kana = re.compile(r"[ぁ-ゖ]")
spellings = collections.defaultdict(lambda: [0, ""])
for (reading, surface), n in verb_counts.items():
    group = spellings[(reading, kana.sub("", surface))]
    group[0] += n
    if len(kana.findall(surface)) > len(kana.findall(group[1])):
        group[1] = surface
for (reading, _), (n, surface) in sorted(spellings.items(), key=lambda kv: -kv[1][0]):
    best.setdefault(reading, (surface, n))

lines = ["# Generated by tools/readings/generate.py from the knowledge with MeCab (IPAdic): word,reading.",
         "# A message mostly in hiragana has these readings replaced by the word before routing and search."]
lines += [f"{surface},{reading}" for reading, (surface, _) in sorted(best.items(), key=lambda kv: kv[1][0])]
(knowledge / "readings.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(best)} readings written to {knowledge / 'readings.txt'}", file=sys.stderr)
