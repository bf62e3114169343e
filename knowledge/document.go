package knowledge

import (
	"math/bits"
	"slices"

	"github.com/briefbot/briefbot/knowledge/lexicon"
)

// secondLook is what a question no entry covers enough gets: the entries
// ranked with coverage relaxed, found through their documents (see
// byDocument), else one that stands out (see clearWinner), else the
// definition asked for (see definedAlone).
func (ix *index) secondLook(question string, q *query, a Audience, s *scratch) []candidate {
	q.relaxed = true
	top := ix.rank(q, a, s)
	q.relaxed = false
	if out := ix.byDocument(q, a, top); len(out) > 0 {
		return out
	}
	if out := q.clearWinner(top); len(out) > 0 {
		return out
	}
	return ix.definedAlone(question, q, top)
}

// Paraphrases share fewer words with their answer than MinCoverage asks
// ("slowing traffic down outside schools in vietnam" for safe school
// zones), yet their answer stands out from the rest. clearWinner answers
// with the best entry alone when it has winnerShare of the question's
// telling words, at least winnerMargin times the score of the next, and
// nothing the question turns on is missing from it (see misses). With
// less, down to lowShare, it must lead farMargin times, have two telling
// words as asked or nearly, and the question no word wholly unknown
// nor ask who (a name so loose a match seldom gives):
// "burst plumbing when the hall sits unheated in winter" for "Frozen
// Pipes" ("halls left cold between bookings suffer burst pipes in
// January"), which has "burst" and "hall" as asked. In a
// fragment of three telling words or more, each is a third of it, so a
// missing one is what the question turns on; the entry that has all but
// one, as asked or nearly, still answers if it scores farMargin times
// the next, the missing word is one the base or the lexicon knows, and
// no fact is asked (a price, a number, a time) nor a word read as a
// slip, which a second reading may answer better: "nagoro classroom dolls"
// for the classroom of the closed school that figures fill.
const (
	winnerShare  = 0.5
	lowShare     = 0.4
	winnerMargin = 3
	farMargin    = 5
)

// clearWinner returns the first of the relaxed ranking top when it
// stands out so, else nil.
func (q *query) clearWinner(top []candidate) []candidate {
	if len(top) == 0 {
		return nil
	}
	c := top[0]
	exact, approx, loose := c.levels()
	_, share := q.shares(exact, approx, loose)
	if share < lowShare {
		return nil
	}
	margin := float32(winnerMargin)
	if share < winnerShare {
		if bits.OnesCount32((exact|approx)&q.telling) < 2 || len(q.unmatched) > 0 || q.dominant > 0 || q.who {
			return nil
		}
		margin = farMargin
	}
	if q.misses(exact, approx, loose) {
		missing := q.telling &^ (exact | approx)
		if bits.OnesCount32(q.telling) < 3 || bits.OnesCount32(missing) != 1 || len(q.unmatched) > 0 || q.dominant > 0 || q.focus != 0 || q.price || q.filtered() || len(q.slips) > 0 {
			return nil
		}
		margin = farMargin
	}
	if len(top) > 1 && c.score < margin*top[1].score {
		return nil
	}
	return top[:1]
}

// byDocument is the second look of a question no entry covers enough:
// people name the briefing's topic beside what they ask of it ("contractor
// claims over delays on the hcmc metro" for an entry on contractors'
// claims in the financing section of a metro briefing). A word the
// entry's document has elsewhere counts for the entry as a loose match,
// if the entry itself has at least minOwnConcepts of the question's
// telling words other than names (one, of a question of two: "AIP
// vouchers" for the fertiliser coupons of a section that spells AIP
// out): the document says what the question is about, the entry what it
// asks. The question must name a place or partner the document names:
// "crate training a rescue dog" is about no briefing, though one trains
// boat crews and another has dogs. A question that names no place may
// instead name in full the title of the relaxed ranking's first entry,
// whose briefing must then have every telling word asked ("what happens
// to lost laptops on the tube"). What the question turns on (see
// turnsOnMissing) must still be the entry's own, but for the names its
// document gives. top is the question's ranking with coverage relaxed
// (see secondLook).
func (ix *index) byDocument(q *query, a Audience, top []candidate) []candidate {
	minOwn := minOwnConcepts
	if bits.OnesCount32(q.telling) == 2 {
		minOwn = 1
	}
	if bits.OnesCount32(q.telling) < minOwn+1 {
		return nil
	}
	v := ix.view(a)
	names := q.names
	docs := map[*Document]uint32{}
	var out []candidate
	for _, c := range top {
		exact, approx, loose := c.levels()
		// Without a name, only an entry the question names in full, in
		// a briefing that has every telling word asked: "what happens to
		// lost laptops on the tube" for the row "Laptops" of a briefing
		// on the Tube's lost property.
		titled := names == 0 && c.entry == top[0].entry && v.namedInFull(q, ix.entry(c.entry).Title)
		if names == 0 && !titled {
			continue // a question that names no briefing's place or partner
		}
		if bits.OnesCount32((exact|approx)&q.telling&^names) < minOwn {
			continue // the entry must say itself what is asked of the place
		}
		d := ix.entry(c.entry).Doc()
		inDoc, ok := docs[d]
		if !ok {
			inDoc = v.docConcepts(q, d)
			docs[d] = inDoc
		}
		if !titled && (exact|approx|loose|inDoc)&names == 0 {
			continue // another briefing's
		}
		if titled && q.telling&^(exact|approx|loose|inDoc) != 0 {
			continue // the briefing lacks a word asked
		}
		cov, enough := q.coverage(exact, approx, loose|inDoc)
		own := exact | approx | loose
		vouched := inDoc & names
		if titled {
			vouched = inDoc
		}
		if !enough || c.cov == 0 || q.turnsOnMissing(own|vouched) {
			continue
		}
		if _, share := q.shares(exact, approx, loose|inDoc); max(cov, share) < MinCoverage && bits.OnesCount32(own&q.telling&^q.nearOnly&^names) < minLongMatch {
			continue // a long question's words must be the entry's own; chat does not count
		}
		c.score *= (cov / c.cov) * (cov / c.cov)
		c.cov = cov
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y candidate) int {
		if x.better(y) {
			return -1
		}
		if y.better(x) {
			return 1
		}
		return 0
	})
	return out
}

// turnsOnMissing reports whether a telling word that weighs
// turnsOnShare of the question's telling words or more is not among
// matched: what the question turns on. A question that asks who turns
// on a word of dominantShare: "who mentors the ghanaian coast guard"
// asks who mentors, and an entry on Ghana's patrol boats has the rest.
// byDocument asks it of the entry's own matches: "ethiopia fertilizer
// subsidy" is not answered by a genebank because another entry of its
// briefing speaks of grants.
func (q *query) turnsOnMissing(matched uint32) bool {
	if q.who {
		return q.turnsOnMissingAt(dominantShare, matched)
	}
	return q.turnsOnMissingAt(turnsOnShare, matched)
}

// turnsOnMissingAt is turnsOnMissing with a telling word's share that
// the question turns on.
func (q *query) turnsOnMissingAt(share float32, matched uint32) bool {
	for m := q.telling &^ matched; m != 0; m &= m - 1 {
		if q.weight[bits.TrailingZeros32(m)] >= share*q.tellingTotal {
			return true
		}
	}
	return false
}

// minOwnConcepts is how many of a question's telling words an entry must
// have itself to be found through its document's.
const minOwnConcepts = 2

// docConcepts returns the concepts of q that some term of d stands for:
// in its title, a heading, an entry or a cell.
func (v *view) docConcepts(q *query, d *Document) uint32 {
	all, _ := v.docConceptsBy(q, d)
	return all
}

// docConceptsBy returns docConcepts, all, and those of them that d has
// closely: through a term as asked, nearly, or loosely if it weighs at
// least minThingWeight (see onlyWhere).
func (v *view) docConceptsBy(q *query, d *Document) (all, close uint32) {
	terms := map[int32]bool{}
	add := func(text string) {
		tokenize(text, func(w []byte, _ int, _ bool) {
			word := lexicon.Fold(string(w))
			if t, ok := v.word(word); ok {
				terms[t] = true
			} else if t, ok := v.stem(snowStem(word)); ok {
				terms[t] = true
			}
		})
		monthsBetween(text, func(m int) { // as indexed
			if t, ok := v.wordBytes(monthWords[m]); ok {
				terms[t] = true
			}
		})
	}
	add(d.Title)
	for _, sec := range d.Sections {
		add(sec.Heading)
		es := sec.Entries()
		for i := range es {
			e := &es[i]
			add(e.Title)
			add(e.Text())
			for _, f := range e.Fields() {
				add(f.Value)
			}
		}
	}
	for _, it := range q.items {
		if terms[it.term] {
			all |= it.concepts
			if it.level < looseMatch || it.weight >= minThingWeight {
				close |= it.concepts
			}
		}
	}
	return all, close
}
