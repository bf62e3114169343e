package knowledge

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// SynonymsFile is the name of the curators' synonyms file at the top of
// the knowledge directory. It is not a briefing.
const SynonymsFile = "synonyms.txt"

// Synonyms are the curators' synonym rules, in the format of Solr's and
// Elasticsearch's synonym files: "a, b, c" makes the terms equivalent,
// "a, b => c" lets a question saying a or b find c (and not the other way
// round), "#" starts a comment. A term may be several words.
type Synonyms struct {
	// Rules are the rules in file order.
	Rules []SynonymRule
}

// SynonymRule is one line of a synonyms file.
type SynonymRule struct {
	Line int
	// From are the terms a question may say; To are the terms it then
	// finds too. For an equivalence, both hold every term.
	From, To []string
	// Text is the rule as written, without its comment.
	Text string
}

// maxSynonymWords bounds the words of one synonym term.
const maxSynonymWords = 4

// ParseSynonyms reads a synonyms file. path names it in problems. Lines
// with problems are left out; the others still apply.
func ParseSynonyms(path string, data []byte) (Synonyms, []Problem) {
	var syn Synonyms
	var probs []Problem
	problem := func(line int, format string, args ...any) {
		probs = append(probs, Problem{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if !utf8.Valid(data) {
		problem(0, "not UTF-8 text; save the file as UTF-8")
		return syn, probs
	}
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" {
			continue
		}
		rule := SynonymRule{Line: n, Text: line}
		sides := strings.Split(line, "=>")
		switch len(sides) {
		case 1:
			terms, err := synonymTerms(sides[0])
			if err != "" {
				problem(n, "%s", err)
				continue
			}
			if len(terms) < 2 {
				problem(n, "%q is a single term; list two or more, separated by commas (a, b), or map it with =>", line)
				continue
			}
			rule.From, rule.To = terms, terms
		case 2:
			from, err := synonymTerms(sides[0])
			if err == "" && len(from) == 0 {
				err = "nothing before =>; write the terms a question may say, then => and what they find"
			}
			if err != "" {
				problem(n, "%s", err)
				continue
			}
			to, err := synonymTerms(sides[1])
			if err == "" && len(to) == 0 {
				err = "nothing after =>; write the terms a question saying the others should find"
			}
			if err != "" {
				problem(n, "%s", err)
				continue
			}
			rule.From, rule.To = from, to
		default:
			problem(n, "more than one =>; a rule maps one list of terms to another")
			continue
		}
		syn.Rules = append(syn.Rules, rule)
	}
	return syn, probs
}

// synonymTerms splits a comma-separated list of terms, lowercased, and
// says what is wrong with it, if anything.
func synonymTerms(s string) ([]string, string) {
	if strings.TrimSpace(s) == "" {
		return nil, ""
	}
	var terms []string
	for _, t := range strings.Split(s, ",") {
		t = strings.Join(strings.Fields(strings.ToLower(t)), " ")
		if t == "" {
			return nil, "an empty term between commas"
		}
		words := 0
		tokenize(t, func(w []byte, _ int, compound bool) {
			if !compound && indexable(w) {
				words++
			}
		})
		if words == 0 {
			return nil, fmt.Sprintf("%q has no word a question could match (only short or common words)", t)
		}
		if len(strings.Fields(t)) > maxSynonymWords {
			return nil, fmt.Sprintf("%q has more than %d words; a synonym is a word or a short phrase", t, maxSynonymWords)
		}
		terms = append(terms, t)
	}
	return terms, ""
}

// phraseStems returns the stems of a phrase's indexable words, joined by
// spaces, and the terms the index has for them.
func (ix *index) phraseStems(phrase string) (key string, terms []int32) {
	var b strings.Builder
	tokenize(phrase, func(w []byte, _ int, compound bool) {
		if compound {
			return
		}
		stem, ok := stemIndexable(lexicon.Fold(string(w)))
		if !ok {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stem)
		if t, ok := ix.terms[stem]; ok {
			terms = append(terms, t)
		}
	})
	return b.String(), terms
}

// buildSynonyms compiles the curators' synonyms: each phrase a question
// may say, by its stems, to the terms of each phrase it finds that the
// base has.
func (ix *index) buildSynonyms(syn Synonyms) {
	for _, r := range syn.Rules {
		var targets [][]int32
		for _, to := range r.To {
			if _, terms := ix.phraseStems(to); len(terms) > 0 {
				targets = append(targets, terms)
			}
		}
		if len(targets) == 0 {
			continue
		}
		for _, from := range r.From {
			key, _ := ix.phraseStems(from)
			if ix.synonyms == nil {
				ix.synonyms = make(map[string][][]int32)
			}
			ix.synonyms[key] = append(ix.synonyms[key], targets...)
		}
	}
}
