package knowledge

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
	"github.com/kljensen/snowball/english"
)

// tokenize calls fn for every word of s, lowercased, with its position.
// Possessive "'s" is dropped and other apostrophes join ("don't" is
// "dont"). The parts of a hyphenated word are words of their own, and the
// parts joined are reported too, as a compound at the last part's
// position, so "Lal-lo" matches "lal lo" and "lallo". fn must not keep
// word: its bytes are reused.
func tokenize(s string, fn func(word []byte, pos int, compound bool)) {
	tokenizeCase(s, func(word []byte, pos int, compound, _ bool) { fn(word, pos, compound) })
}

// tokenizeCase is tokenize, telling fn too whether the word was written
// with a lowercase first letter.
func tokenizeCase(s string, fn func(word []byte, pos int, compound, lower bool)) {
	var tk tokenizer
	tk.run(s, fn)
}

// tokenizer is tokenizeCase with its buffers kept from one text to the
// next, for the indexer, which tokenizes every text of every document.
type tokenizer struct {
	word, joined []byte
	// capitals is how many ASCII capital letters the text run last
	// tokenized has: the loop meets each of them anyway, and with fewer
	// than two scanCapitals has nothing to find (see mayHaveCapitals), so
	// the indexer need not look at the text again.
	capitals int
}

// run is tokenizeCase.
func (tk *tokenizer) run(s string, fn func(word []byte, pos int, compound, lower bool)) {
	var (
		word   = tk.word[:0]   // the current word
		joined = tk.joined[:0] // the hyphenated word so far, without hyphens
		parts  int             // parts of the hyphenated word so far
		pos    int
		lower  bool // the current word started with a lowercase letter
		caps   int  // ASCII capitals so far
	)
	defer func() { tk.word, tk.joined, tk.capitals = word, joined, caps }()
	// flush ends a word; more says a hyphen joins the next to it. Only
	// the parts of a hyphenated word are joined.
	flush := func(more bool) {
		if len(word) > 0 {
			fn(word, pos, false, lower)
			pos++
			if more || parts > 0 {
				joined = append(joined, word...)
				parts++
			}
			word = word[:0]
		}
	}
	endCompound := func() {
		if parts > 1 {
			fn(joined, pos-1, true, false)
		}
		joined, parts = joined[:0], 0
	}
	for i := 0; i < len(s); {
		// ASCII letters, digits and spaces first: most text is those.
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if len(word) == 0 {
				lower = c >= 'a'
			}
			// The rest of a run of them, at once.
			j := lowerOrDigitEnd(s, i+1)
			word = append(word, s[i:j]...)
			i = j
			continue
		case 'A' <= c && c <= 'Z':
			if len(word) == 0 {
				lower = false
			}
			caps++
			word = append(word, c+'a'-'A')
			i++
			continue
		case c == ' ':
			flush(false)
			endCompound()
			i++
			continue
		case c == ',' && thousands(s[i+1:]) && isDigits(word):
			// A thousands separator: "1,200" is the number 1200, as
			// people also write it.
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if len(word) == 0 {
				lower = unicode.IsLower(r)
			}
			word = utf8.AppendRune(word, unicode.ToLower(r))
		case isApostrophe(r) && len(word) > 0:
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if !unicode.IsLetter(next) {
				break // a closing quote
			}
			after, _ := utf8.DecodeRuneInString(s[i+size+nsize:])
			if (next == 's' || next == 'S') && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
				size += nsize // possessive: drop "'s"
				if next == 'S' {
					caps++ // the one capital the loop passes over
				}
			}
		case isSign(r) && len(word) > 0 && len(word) <= maxSigned && (parts == 0 || isSign(rune(joined[len(joined)-1]))):
			// Initials joined by a sign are one word: "M&E", "R&D",
			// "M+S" ("m&e"), as well as their letters.
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !unicode.IsLetter(next) {
				flush(false)
				endCompound()
				break
			}
			flush(true)
			joined = append(joined, byte(r))
		case isHyphen(r) && len(word) > 0:
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if unicode.IsLetter(next) || unicode.IsDigit(next) {
				flush(true)
				break
			}
			flush(false)
			endCompound()
		default:
			flush(false)
			endCompound()
		}
		i += size
	}
	flush(false)
	endCompound()
}

// thousands reports whether s starts with the three digits of a
// group of thousands, "200" of "1,200" or "1,200,000", and no more.
func thousands(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// isSign reports whether r joins initials into one word: "M&E", "M+S".
func isSign(r rune) bool { return r == '&' || r == '+' }

// maxSigned is the longest a word joined to the next by a sign may be:
// "AT&T", not "salt&pepper".
const maxSigned = 3

// lowerOrDigitEnd returns where the run of ASCII lowercase letters and
// digits in s from i on ends: the first byte from i on that is not one,
// or len(s). It looks at eight bytes at a time, as isPlain does: a run is
// a word's letters, some five to eight bytes of text, and a byte at a
// time the loop took a branch on each.
func lowerOrDigitEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := notLowerOrDigit(swarLoad(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && lowerOrDigit[s[i]] {
		i++
	}
	return i
}

// notLowerOrDigit returns the high bit of the bytes of x that are not
// ASCII lowercase letters or digits, first in memory lowest. For a byte
// b below 0x80, b + 0x80 - lo has its high bit set when b >= lo, and b +
// 0x7f - hi when b > hi, with no carry; for a byte of 0x80 or more, the
// first sum has the bit only where the second has it too, so the byte
// is marked. Only the lowest bit set is sure: such a byte's sums may
// carry into the next byte and mark it wrongly, but that byte comes
// after one that is marked.
func notLowerOrDigit(x uint64) uint64 {
	lower := (x + swarOnes*(0x80-'a')) &^ (x + swarOnes*(0x7f-'z'))
	digit := (x + swarOnes*(0x80-'0')) &^ (x + swarOnes*(0x7f-'9'))
	return ^(lower | digit) & swarHigh
}

// capitalsIn returns the high bit of the bytes of x that are ASCII
// capital letters, and no other bit. The sums are of x's bytes without
// their high bits, so that none carries into the next byte; a byte of
// 0x80 or more is then left out.
func capitalsIn(x uint64) uint64 {
	y := x & swarLow
	return (y + swarOnes*(0x80-'A')) &^ (y + swarOnes*(0x7f-'Z')) &^ x & swarHigh
}

// lowerOrDigit marks the bytes of ASCII lowercase letters and digits.
var lowerOrDigit = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isStopWord reports whether a lowercased word carries no meaning for
// search: Snowball's English stop words and a few that questions use
// which that list lacks.
func isStopWord(w string) bool { return english.IsStopWord(w) || moreStopWords[w] }

// snowStem returns a word's Snowball stem, but for the plural in -ses of
// a word in -s: Snowball stems "buses" and "gases" to "buse" and
// "gase", apart from "bus" and "gas". Its stem is the singular's when
// the lexicon knows that one and not the other ("bases" stays "base").
func snowStem(w string) string {
	s := english.Stem(w, false)
	if n := len(s); n > 3 && s[n-1] == 'e' && strings.HasSuffix(w, "ses") && !lexicon.Known(s) && lexicon.Known(s[:n-1]) {
		return s[:n-1]
	}
	return s
}

var moreStopWords = map[string]bool{
	"us": true, "also": true, "would": true, "could": true, "might": true,
	"shall": true, "must": true, "get": true, "got": true, "gets": true,
	"getting": true, "gotten": true, "whats": true,
	"hows": true, "im": true, "ive": true, "lets": true, "let": true,
	// Contractions, whose apostrophe tokenize drops ("don't" is "dont"),
	// but not those that spell another word: "we'll", "she'd", and
	// "can't" and "won't", which are chat (see filler).
	"dont": true, "doesnt": true, "didnt": true, "isnt": true, "arent": true,
	"wasnt": true, "werent": true, "couldnt": true, "wouldnt": true,
	"shouldnt": true, "hasnt": true, "havent": true, "hadnt": true, "mustnt": true,
	"neednt": true, "cannot": true, "theyre": true, "youre": true,
	"weve": true, "youve": true, "theyve": true, "youll": true, "theyll": true,
	"itll": true, "thats": true, "theres": true, "heres": true, "wheres": true,
	"whos": true, "whens": true, "whys": true, "howre": true, "whatre": true, "aint": true,
	// "into" is one of Snowball's; "onto" tells no more.
	"onto": true,
}

// indexable reports whether a lowercased word is worth indexing: longer
// than one letter and neither a stop word nor a form of one ("getting").
func indexable(w []byte) bool {
	_, ok := stemIndexable(string(w))
	return ok
}

// stemIndexable returns the stem of a lowercased word and whether the
// word is indexable.
func stemIndexable(w string) (stem string, ok bool) {
	if len(w) < 2 || isStopWord(w) {
		return "", false
	}
	stem = snowStem(w)
	return stem, len(w) < 4 || !isStopWord(stem)
}

// weakWords are everyday words that say too little on their own to make a
// question answerable: "what time is it" must not find "Election
// Timing". With a telling word beside them they count, for less.
var weakWords = map[string]bool{
	"time": true, "times": true, "day": true, "days": true, "today": true,
	"yesterday": true, "week": true, "year": true,
	"month": true, "months": true,
	"good": true, "morning": true, "evening": true, "night": true,
	"hello": true, "hi": true, "hey": true, "thanks": true, "thank": true,
	"ok": true, "okay": true, "yes": true, "yeah": true, "way": true,
	"thing": true, "things": true, "stuff": true, "people": true,
	"person": true, "guy": true, "guys": true, "bloke": true, "new": true, "old": true, "big": true, "small": true,
	"great": true, "best": true, "better": true, "right": true,
	"first": true, "last": true, "next": true, "make": true, "take": true,
	"go": true, "come": true, "see": true, "look": true, "want": true,
	"need": true, "like": true, "use": true, "find": true, "help": true,
	"think": true, "fine": true, "nice": true, "cool": true, "please": true,
	"many": true, "much": true, "lot": true, "lots": true, "amount": true, "amounts": true, "work": true,
	"far":   true, // "how far": a distance, which may be said in other words ("within 300 meters")
	"doing": true, "going": true, "happen": true, "happened": true,
	// The same everyday verbs, as questions write them.
	"making": true, "makes": true, "made": true, "taking": true, "takes": true,
	"took": true, "coming": true, "comes": true, "came": true, "goes": true,
	"went": true, "seeing": true, "looking": true, "wants": true, "wanted": true,
	"needs": true, "needed": true, "using": true, "helping": true, "thinking": true,
	"happens": true, "happening": true, "become": true, "becomes": true,
	"became": true, "becoming": true,
	"bot": true, "robot": true, "joke": true, "name": true, "one": true,
	// Where, roughly: the place named says more than these.
	"near": true, "around": true, "across": true, "along": true, "within": true,
	"beyond": true, "toward": true, "towards": true, "among": true, "amid": true,
	"via": true, "inside": true, "outside": true,
	// Anyone other, said of a topic rather than naming one: "someone
	// else".
	"else": true,
	// How things usually are: "a traditional Korean house" is a
	// Korean house.
	"traditional": true, "ordinary": true, "typical": true,
	// What a question asks about, not what it is about.
	"problem": true, "problems": true, "issue": true, "issues": true,
	"challenge": true, "challenges": true,
}

// weakStems are the stems of the weak words: a word of the lexicon
// related to a question's word through one of them ("payday" is a kind of
// "day") says as little. A time of day or a season says more as what a
// word means ("after dark" is at night) than it does asked.
var weakStems = func() map[string]bool {
	m := stemsOf(weakWords)
	for _, w := range []string{"night", "morning", "spring", "summer", "autumn", "winter"} {
		delete(m, snowStem(w))
	}
	return m
}()

// vagueStems are the stems of the weak, framing and filler words: a
// word's distributional neighbour among them ("returned": "took",
// "consultations": "talk") says nothing of what the word is about.
var vagueStems = stemsOf(weakWords, framing, filler)

// stemsOf returns the set of the stems of the words of sets.
func stemsOf(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, words := range sets {
		for w := range words {
			m[snowStem(w)] = true
		}
	}
	return m
}

// filler lists the words of chat that wrap a question without being part
// of it: greetings, thanks, politeness, asking around. When the base does
// not use one of them, it is dropped from the question; when it does, it
// counts like a weak word. Either way it never decides whether a question
// is answerable.
var filler = map[string]bool{
	"hi": true, "hello": true, "hey": true, "heya": true, "hiya": true, "yo": true,
	"cant": true, "wont": true, // "can't", "won't" (see moreStopWords)
	"sup": true, "howdy": true, "morning": true, "afternoon": true, "evening": true,
	"gm": true, "greetings": true, "thanks": true, "thank": true, "thx": true,
	"ty": true, "tia": true, "cheers": true, "pls": true, "plz": true, "please": true,
	"lol": true, "haha": true, "ok": true, "okay": true, "cool": true, "folks": true,
	"everyone": true, "everybody": true, "guys": true, "team": true, "anyone": true,
	"anybody": true, "someone": true, "somebody": true, "quick": true, "qq": true,
	"question": true, "wondering": true, "wonder": true, "curious": true, "btw": true,
	"fyi": true, "asap": true, "hopefully": true, "appreciate": true,
	"appreciated": true, "briefbot": true, "bot": true, "latest": true, "info": true,
	"know": true, "knows": true, "tell": true, "remind": true, "mind": true, "wanted": true,
	"ask": true, "asking": true, "asked": true, "possible": true, "kindly": true,
	"hmm": true, "um": true, "uh": true, "oh": true, "ah": true, "yeah": true,
	"yep": true, "nope": true, "sorry": true, "again": true, "real": true, "really": true,
	"just": true, "actually": true, "basically": true, "maybe": true, "exactly": true,
	"currently": true, "now": true, "right": true, "heard": true, "hear": true,
	"recall": true, "remember": true, "happen": true, "pointer": true, "pointers": true,
	"help": true, "thoughts": true, "someplace": true, "somewhere": true,
	"bother": true, "bothering": true, "apologies": true, "interrupt": true,
	"advance": true, "ta": true, "mate": true, "tmrw": true, "gimme": true, "brief": true,
	"tldr": true, "tl": true, "dr": true, // "tl;dr"
	// Greetings and thanks in the other languages of an international
	// team's chat.
	"ciao": true, "grazie": true, "hola": true, "gracias": true, "bonjour": true,
	"danke": true, "obrigado": true, "obrigada": true, "namaste": true,
	"shukran": true, "asante": true, "arigato": true, "kiitos": true, "takk": true,
	"dziekuje": true, "spasibo": true, "shalom": true, "xiexie": true,
	"svp": true, "bitte": true, "porfa": true, "hej": true, "hei": true, "hallo": true,
	"salut": true, "servus": true, "moin": true, "ahoj": true, "ola": true, "merhaba": true,
	"salaam": true, "jambo": true, "konnichiwa": true, "merci": true, "tak": true,
	// Not those that are, or stem as, words of English: "salve",
	// "tack" ("tacking"), "dank", "moi", "hoi".
	"aloha": true, "mahalo": true, "gday": true, "howzit": true, "bonsoir": true,
	"buongiorno": true, "buenas": true, "dias": true, "guten": true,
	"terve": true, "tere": true, "szia": true, "czesc": true,
	"privet": true, "zdravo": true, "bedankt": true,
	"kalimera": true, "yassou": true, "efharisto": true, "shukriya": true,
	"dhanyavad": true, "namaskar": true, "salamat": true, "mabuhay": true,
	"sawubona": true, "annyeong": true, "nihao": true, "arigatou": true,
	"selamat": true, "pagi": true, "terima": true, "kasih": true, // Malay, Indonesian
	"dobar": true, "dobro": true, "jutro": true, "hvala": true, // Croatian, Serbian
	"dzien": true, "dobry": true, "dekuji": true, "koszonom": true,
	"multumesc": true, "aitah": true, "paldies": true, "aciu": true,
	"dyakuyu": true, "sveiki": true, "huomenta": true, "moikka": true,
	"hejsan": true, "tjena": true, "goedemorgen": true, "goeiemorgen": true,
	"dankie": true, "gruezi": true, "buonasera": true, "tardes": true,
	"noches": true, "beaucoup": true, "yassas": true, "geia": true,
	"tesekkur": true, "tesekkurler": true, "ahlan": true, "marhaba": true,
	"assalamu": true, "alaikum": true, "habari": true, "sannu": true,
	"dumela": true, "ngiyabonga": true, "enkosi": true, "diolch": true,
	"kumusta": true, "kamusta": true, "mingalaba": true, "sabaidee": true,
	"sawasdee": true, "sawatdee": true, "krub": true, "khrap": true, "krap": true, "vanakkam": true, "namaskaram": true,
	"ohayo": true, "ohayou": true, "konbanwa": true, "gamsahamnida": true,
	"kamsahamnida": true, "wassup": true, "whatsup": true, "thnx": true,
	"thanx": true, "tysm": true, "tyvm": true, "ayubowan": true, "zangpo": true,
	"assalomu": true, "alaykum": true, "aleikum": true, "salom": true, "rahmat": true, "raxmat": true, // Uzbek
	"salem": true, "salemetsiz": true, "rakhmet": true, "raqmet": true, "sain": true, "baina": true, "bayarlalaa": true, // Kazakh, Mongolian
	"zdravstvuyte": true, "zdravstvuite": true, "dobryi": true, "vitayu": true, "selam": true,
	"fwd": true, "fw": true, "eod": true, "eta": true, "urgent": true, "urgently": true,
	"chance": true, "circling": true, // "when you get a chance", "circling back"
	// Framing an aside: "I was wondering whether...", "for example".
	"whether": true, "example": true, "instance": true, "eg": true,
	// Stop words as chat spells them.
	"wat": true, "wot": true, "wht": true, "waht": true, "whta": true, "teh": true,
	"hte": true, "hw": true, "abt": true, "bout": true, "ur": true, "thru": true,
	"tho": true, "cuz": true, "coz": true, "cos": true, "bc": true, "wrt": true,
	"re": true, "wen": true, "wher": true, "hwo": true, "adn": true,
	// Asking whether something still holds, or how it stands so far.
	"still": true, "yet": true, "anymore": true, "far": true, "bit": true,
	// The asker's own work, which the question is for, not about.
	"boss": true, "manager": true, "slide": true, "slides": true, "deck": true,
	"memo": true, "para": true, "paragraph": true, "draft": true, "drafting": true,
	"prep": true, "prepping": true, "writeup": true, "line": true,
}

// slipsFromStopWord reports whether w is a stop word or a chat word
// of five letters or more (see filler) with two letters swapped, one
// left out or one added: "abotu", "thier", "shoud", "wiht",
// "thnaks". People type the small words
// fastest; read as topics the base lacks, they would refuse questions
// it answers. The caller checks that w is no word of English.
func slipsFromStopWord(w string) bool {
	if len(w) < 4 || len(w) > maxStopSlip {
		// Three letters are as likely initials ("ELT", "NCO").
		return false
	}
	// Short chat words ("cos", "ur") are too near initials ("NCOs")
	// to be slipped from.
	is := func(c string) bool { return len(c) >= 3 && isStopWord(c) || len(c) >= 5 && filler[c] }
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		ok := is(string(b))
		b[i], b[i+1] = b[i+1], b[i]
		if ok {
			return true
		}
	}
	for i := range len(w) {
		if is(w[:i] + w[i+1:]) {
			return true
		}
	}
	c := make([]byte, len(w)+1)
	for i := range len(w) + 1 {
		copy(c, w[:i])
		copy(c[i+1:], w[i:])
		for l := byte('a'); l <= 'z'; l++ {
			c[i] = l
			if is(string(c)) {
				return true
			}
		}
	}
	return false
}

// maxStopSlip is the longest word slipsFromStopWord considers: the
// longest stop words ("themselves", "yourselves") are ten letters.
const maxStopSlip = 11

// framing lists words people use to frame a question about a briefing
// rather than to say what it is about. When a knowledge base does not use
// one of them, it says nothing about whether the base can answer.
var framing = map[string]bool{
	"initiative": true, "initiatives": true, "program": true, "programs": true,
	"programme": true, "programmes": true, "effort": true, "efforts": true,
	"plan": true, "plans": true, "project": true, "projects": true,
	"activity": true, "activities": true, "discussed": true, "discuss": true,
	"discussion": true, "discussions": true, "mentioned": true, "mention": true,
	"talk": true, "talks": true, "topic": true, "topics": true, "area": true,
	"areas": true, "theme": true, "themes": true, "key": true, "main": true,
	"focus": true, "details": true, "detail": true, "info": true,
	"information": true, "tell": true, "explain": true, "describe": true,
	"list": true, "show": true, "give": true, "know": true, "summary": true,
	"summarize": true, "summarise": true, "overview": true, "regarding": true,
	"related": true, "concerning": true, "involve": true, "involved": true,
	"include": true, "included": true, "current": true, "latest": true,
	"status": true, "update": true, "updates": true, "please": true,
	"anything": true, "something": true, "happening": true, "going": true, "planned": true, "proposed": true,
	"agreed": true, "agree": true, "agrees": true, "agreeing": true, "decided": true,
	"doing": true, "done": true, "deal": true, "story": true, "situation": true,
	"news": true, "scoop": true, "lowdown": true, "rundown": true, "recap": true,
	"state": true, "role": true,
	"purpose": true, "goal": true, "aim": true, "point": true, "idea": true,
	"progress": true, "side": true, "sides": true, "aspect": true, "aspects": true,
	"part": true, "parts": true, "angle": true, "element": true, "elements": true,
	"piece": true, "pieces": true, "bits": true, "strand": true, "strands": true,
	"workstream": true, "workstreams": true,
	"numbers": true, "figures": true, "stats": true, "statistics": true,
	"said": true, "say": true, "says": true, "were": true,
	"send": true, "forward": true, "grab": true, "fetch": true,
	// How often, which frames a question: "why is there always
	// scaffolding on the cathedral".
	"always": true, "ever": true, "never": true, "sometimes": true, "forever": true,
	"seldom": true, "rarely": true, "usually": true, "often": true,
	// Asking what a thing is called, or what an acronym or a term means.
	"called": true,
	"define": true, "defined": true, "definition": true, "meaning": true,
	"mean": true, "means": true, "meant": true, "stand": true, "stands": true,
	"acronym": true, "acronyms": true, "abbreviation": true, "abbreviations": true,
	"abbreviated": true, "short": true, "expand": true, "expanded": true,
	"spelled": true, "spelt": true, "term": true, "terms": true, "glossary": true,
}

// Briefings name organisations and programmes in full in one place and by
// their initials in another, and people ask either way: "Foreign Military
// Financing" is "FMF". The index gives each run of capitalized words a
// word of its own made of acronymMark and its initials, which a question
// asking "FMF" finds; and it knows which words the briefings write in
// capitals, so a question spelling one out finds it too.
const (
	acronymMark = "\x00"
	minAcronym  = 3
	maxAcronym  = 6
)

// isAcronym reports whether an index word stands for initials.
func isAcronym(w string) bool { return len(w) > 0 && w[0] == acronymMark[0] }

// connectives may stand between the capitalized words of a name without
// giving it an initial: "Ministry of Home Affairs" is "MHA".
var connectives = map[string]bool{
	"of": true, "and": true, "for": true, "the": true, "on": true, "in": true, "to": true, "&": true,
	"de": true, "des": true, "du": true, "del": true, "la": true, "le": true, "les": true,
	"da": true, "do": true, "das": true, "dos": true, "di": true, "y": true, "et": true,
}

// scanCapitals reports to.initials the initials, lowercased, of every
// stretch of minAcronym to maxAcronym capitalized words in s, connectives
// allowed between them one at a time; and to.upper every word of s
// written in capitals that is as long as an acronym can be, lowercased.
// Punctuation other than hyphens and apostrophes inside words ends a
// stretch. It runs over every text at load, so ASCII takes a fast path.
func scanCapitals(s string, to capitalsSink) {
	if mayHaveCapitals(s) {
		scanAllCapitals(s, to)
	}
}

// scanAllCapitals is scanCapitals without the quick look first.
func scanAllCapitals(s string, to capitalsSink) {
	// run has the initials of the current run of capitalized words;
	// full has them with the connectives' initials too, for names that
	// keep them ("President's Emergency Plan for AIDS Relief", PEPFAR).
	var runBuf, fullBuf [16]byte
	run, full := runBuf[:0], fullBuf[:0]
	joins := 0    // connectives since the last capitalized word
	var join byte // the last connective's initial
	emit := func(run []byte) {
		for i := range run {
			for j := i + minAcronym; j <= len(run) && j-i <= maxAcronym; j++ {
				var a capitals
				a.n = uint8(copy(a.b[:], run[i:j]))
				to.initials(a)
			}
		}
	}
	end := func() {
		emit(run)
		if len(full) != len(run) {
			emit(full)
		}
		run, full, joins = run[:0], full[:0], 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			end() // punctuation, or a word that gives no ASCII initial
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				end, _ := wordEnd(s, i+size)
				size = end - i
			}
			i += size
			continue
		}
		if !asciiWord[c] {
			end() // punctuation
			i++
			continue
		}
		j, hyphen := wordEnd(s, i+1)
		switch w := s[i:j]; {
		case 'A' <= c && c <= 'Z':
			if joins > 0 && 'a' <= join && join <= 'z' {
				full = append(full, join)
			}
			run, full, joins = append(run, c+'a'-'A'), append(full, c+'a'-'A'), 0
			// Each capitalized part of a hyphenated name gives its
			// initial: "Non-Commissioned Officer" is NCO. Few words
			// have a hyphen, and wordEnd has seen whether this one has.
			for k := 1; hyphen && k+1 < len(w); k++ {
				if w[k] == '-' && 'A' <= w[k+1] && w[k+1] <= 'Z' {
					run, full = append(run, w[k+1]+'a'-'A'), append(full, w[k+1]+'a'-'A')
				}
			}
			// Capitals, and their plural: "MCC", "NCOs".
			if n := len(w); n >= 3 && w[n-1] == 's' && allCaps(w[:n-1]) {
				w = w[:n-1]
			}
			if len(w) >= 2 && len(w) <= maxAcronym && allCaps(w) {
				var a capitals
				for k := range len(w) {
					a.b[k] = w[k] + 'a' - 'A'
				}
				a.n = uint8(len(w))
				to.upper(a)
			}
		case len(run) > 0 && joins == 0 && connectives[w]:
			joins, join = joins+1, w[0]
		default:
			end()
		}
		i = j
	}
	end()
}

// mayHaveCapitals reports whether scanCapitals could find anything in
// s: two ASCII capitals in a row, a capital after a hyphen, or a word
// that starts with one right after another that does, spaces between
// them, or with one connective between ("Bank of America"). Many texts
// have capitals only at the start of their sentences, and need no second
// look. It may say yes for nothing (it looks no further into words
// around letters that are not ASCII, or an apostrophe), never no for
// something (FuzzScanCapitals holds it to that).
func mayHaveCapitals(s string) bool {
	for i := 1; i < len(s); i++ {
		// Eight bytes at a time, on to the next capital: text has few.
		if i+8 <= len(s) {
			m := capitalsIn(swarLoad(s, i))
			if m == 0 {
				i += 7
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		if c := s[i]; c < 'A' || c > 'Z' {
			continue
		}
		switch p := s[i-1]; {
		case 'A' <= p && p <= 'Z', p == '-':
			return true
		case p == ' ' || p == '\t':
			switch capitalBefore(s, i-1) {
			case capStart, capUnsure:
				return true
			case capConnective:
				// The word before must start with a capital, as
				// scanAllCapitals takes one connective between two.
				k := i - 1
				for s[k] == ' ' || s[k] == '\t' {
					k--
				}
				for k >= 0 && asciiWord[s[k]] {
					k--
				}
				if k >= 0 && (s[k] == ' ' || s[k] == '\t') {
					if w := capitalBefore(s, k); w == capStart || w == capUnsure {
						return true
					}
				}
			}
		}
	}
	return false
}

// What capitalBefore finds.
const (
	capNone       = iota // no word, or one that is neither of these
	capStart             // a word starting with an ASCII capital
	capConnective        // a connective
	capUnsure            // a word a quick look cannot tell
)

// capitalBefore tells what the word before the spaces that end at s[k]
// is, for mayHaveCapitals.
func capitalBefore(s string, k int) int {
	for k >= 0 && (s[k] == ' ' || s[k] == '\t') {
		k--
	}
	if k < 0 {
		return capNone
	}
	if s[k] >= utf8.RuneSelf {
		return capUnsure
	}
	end := k + 1
	for k >= 0 && s[k] < utf8.RuneSelf && asciiWord[s[k]] {
		k--
	}
	if k == end-1 {
		return capNone // punctuation
	}
	if k >= 0 && (s[k] >= utf8.RuneSelf || s[k] == '-' || s[k] == '\'') {
		return capUnsure // the word may go on before
	}
	w := s[k+1 : end]
	switch {
	case 'A' <= w[0] && w[0] <= 'Z':
		return capStart
	case connectives[w]:
		return capConnective
	}
	return capNone
}

// capitalsSink is what scanCapitals reports to.
type capitalsSink interface {
	initials(w capitals)
	upper(w capitals)
}

// capitals is a word scanCapitals reports, lowercased: its first n
// bytes. It is passed by value, so that reporting it through an
// interface allocates nothing.
type capitals struct {
	b [maxAcronym]byte
	n uint8
}

// asciiWord marks the ASCII characters of words for scanCapitals.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&'
	}
	return t
}()

// wordEnd returns where the word of s that goes on at j ends: letters,
// digits, and hyphens or apostrophes followed by more of the word. It
// reports too whether the word has an ASCII hyphen from j on.
func wordEnd(s string, j int) (end int, hyphen bool) {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiWord[c] {
				j++
				continue
			}
			if (c == '-' || c == '\'') && j+1 < len(s) && (s[j+1] >= utf8.RuneSelf || asciiWord[s[j+1]]) {
				hyphen = hyphen || c == '-'
				j++
				continue
			}
			return j, hyphen
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (isHyphen(r) || isApostrophe(r)) && j+size < len(s) {
			j += size
			continue
		}
		return j, hyphen
	}
	return j, hyphen
}

// allCaps reports whether w is all ASCII capital letters.
func allCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
