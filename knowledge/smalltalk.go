package knowledge

import "github.com/briefbot/briefbot/knowledge/lexicon"

// SmallTalk is what a message that asks nothing says instead: a greeting
// or thanks, which a chat bot answers in kind rather than with "nothing
// fits".
type SmallTalk int

const (
	// NoSmallTalk is a message with a word of a question in it.
	NoSmallTalk SmallTalk = iota
	// Greeting is a message that only greets: "hi", "good morning all",
	// "hey @briefbot 👋".
	Greeting
	// Thanks is a message that only thanks, or greets and thanks:
	// "thanks!", "cheers, that's great", "ty".
	Thanks
)

// SmallTalkOf reports whether a message is only a greeting or thanks:
// every word of it is chat (see filler), a stop word or one of
// greetings and thanks, and one of it greets or thanks. A message with
// any other word is NoSmallTalk, however chatty ("hi, any news on data
// sharing?").
func SmallTalkOf(message string) SmallTalk {
	greets, thanks, other := false, false, false
	tokenize(stripChatMarkup(message), func(w []byte, _ int, compound bool) {
		if compound {
			return
		}
		word := lexicon.Fold(string(w))
		switch {
		case thanksWords[word]:
			thanks = true
		case greetingWords[word]:
			greets = true
		case !filler[word] && !isStopWord(word) && !politeWords[word]:
			other = true
		}
	})
	switch {
	case other:
		return NoSmallTalk
	case thanks:
		return Thanks
	case greets:
		return Greeting
	}
	return NoSmallTalk
}

// greetingWords and thanksWords greet and thank, in English and in the
// other languages chat uses (see filler); politeWords go with them
// ("thanks so much, that's great", "good morning all").
var (
	greetingWords = map[string]bool{
		"hi": true, "hello": true, "hey": true, "heya": true, "hiya": true, "yo": true, "sup": true,
		"howdy": true, "morning": true, "afternoon": true, "evening": true, "gm": true, "greetings": true,
		"ciao": true, "hola": true, "bonjour": true, "namaste": true, "shalom": true,
		"hej": true, "hei": true, "hallo": true, "salut": true, "servus": true, "moin": true,
		"ahoj": true, "ola": true, "merhaba": true, "salaam": true, "jambo": true, "konnichiwa": true,
	}
	thanksWords = map[string]bool{
		"thanks": true, "thank": true, "thx": true, "ty": true, "tia": true, "cheers": true, "ta": true,
		"grazie": true, "gracias": true, "danke": true, "obrigado": true, "obrigada": true, "shukran": true,
		"asante": true, "arigato": true, "kiitos": true, "takk": true, "dziekuje": true, "spasibo": true,
		"xiexie": true, "merci": true, "tak": true, "appreciate": true, "appreciated": true,
	}
	politeWords = map[string]bool{
		"good": true, "great": true, "nice": true, "awesome": true, "perfect": true, "helpful": true,
		"much": true, "lot": true, "lots": true, "ton": true, "bunch": true, "day": true,
		"there": true, "all": true, "folks": true, "mate": true, "buddy": true, "friend": true,
	}
)
