package knowledge

// rankTerm is one term a question's ranking reads, with what all the
// question's items of that term add to an entry, together.
//
// The lexicon's expansions often give a question a term more than once:
// "what is the support fund" has fund as asked, as a broader word of
// support and as a similar word, 13 items over the lists of 7 terms. At
// 30,000 documents such repeats are about a tenth of the postings a
// question reads, and up to half of the slowest questions'. Read once,
// with the weights summed and the concepts together, a posting adds one
// product of the sum where it added each item's product: the same score
// but in the last bit, which can only change the order of answers whose
// printed scores are equal.
type rankTerm struct {
	term int32
	// w is what a posting adds for each unit of its value: the term's
	// IDF times the sum of its items' weights.
	w float32
	// mask has the concepts a match stands for, at each item's level
	// (see accum), and title the same concepts in the title bits.
	mask, title uint64
}

// mergeTerms appends to dst one rankTerm for each term of q's items, in
// the order of each term's first item, and returns it.
func mergeTerms(q *query, dst []rankTerm) []rankTerm {
	dst = dst[:0]
	for _, it := range q.items {
		i := 0
		for i < len(dst) && dst[i].term != it.term {
			i++
		}
		if i == len(dst) {
			dst = append(dst, rankTerm{term: it.term})
		}
		dst[i].w += it.weight // the sum of the weights, for now
		dst[i].mask |= uint64(it.concepts) << matchShift[it.level]
		dst[i].title |= uint64(it.concepts) << titleShift
	}
	for i := range dst {
		dst[i].w = q.idf[dst[i].term] * dst[i].w
	}
	return dst
}
