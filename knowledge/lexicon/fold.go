package lexicon

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns a lowercased word in the spelling the lexicon and the
// search index use, so that spelling variants meet:
//   - Latin letters lose their diacritics (café is cafe, São is Sao, ß
//     is ss); other scripts are kept as they are;
//   - British spellings become American (defence, defences: defense,
//     defenses; programme: program; organised: organized; centre:
//     center; travelled: traveled; aeroplane: airplane).
//
// The British-American table comes from WordNet: two spellings are
// variants when WordNet gives them one meaning and they differ by the
// usual patterns (-our/-or, -ce/-se, -mme/-m, -ise/-ize, -yse/-yze,
// -re/-er, -ogue/-og, doubled l, ae/oe, ...), so "tour", "acre",
// "exercise" and "genre" are left alone. Inflections fold too.
//
// Apply it to every word before stemming, when indexing and when
// reading a question. A word of ASCII letters that has no variant is
// returned as it is, without allocating. Fold(Fold(w)) == Fold(w).
func Fold(word string) string {
	if isASCII(word) {
		if us, ok := variant(tab, word); ok {
			return us
		}
		return word
	}
	return string(appendFoldSlow(nil, word))
}

// AppendFold appends the folded form of word (see Fold) to dst and
// returns the extended slice. It does not allocate when dst has room.
func AppendFold(dst, word []byte) []byte {
	if isASCII(word) {
		if us, ok := variant(tab, word); ok {
			return append(dst, us...)
		}
		return append(dst, word...)
	}
	return appendFoldSlow(dst, string(word))
}

func isASCII[T string | []byte](w T) bool {
	for i := range len(w) {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendFoldSlow folds a word that is not all ASCII: it strips the
// diacritics, then looks the result up among the variants.
func appendFoldSlow(dst []byte, word string) []byte {
	start := len(dst)
	dst = appendStripped(dst, word)
	if w := dst[start:]; isASCII(w) {
		if us, ok := variant(tab, w); ok {
			dst = append(dst[:start], us...)
		}
	}
	return dst
}

// appendStripped appends word without the diacritics of its Latin
// letters: each Latin letter is decomposed (NFKD) and loses its
// combining marks, and so do combining marks that follow a Latin letter
// in decomposed text. Marks on other scripts stay: they are letters of
// Devanagari, Arabic, Hebrew...
func appendStripped(dst []byte, word string) []byte {
	latin := false // whether the last letter written is Latin
	var buf [4 * utf8.UTFMax]byte
	for i := 0; i < len(word); {
		r, n := utf8.DecodeRuneInString(word[i:])
		chunk := word[i : i+n]
		i += n
		switch {
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
			latin = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		case unicode.Is(unicode.Mn, r):
			if !latin {
				dst = append(dst, chunk...)
			}
		case unicode.Is(unicode.Latin, r):
			// ǽ decomposes to æ and a mark, and æ becomes ae.
			for d := norm.NFKD.AppendString(buf[:0], chunk); len(d) > 0; {
				r, n := utf8.DecodeRune(d)
				if s, ok := latinLetters[r]; ok {
					dst = append(dst, s...)
					latin = true
				} else if !unicode.Is(unicode.Mn, r) {
					dst = append(dst, d[:n]...)
					latin = r < utf8.RuneSelf || unicode.Is(unicode.Latin, r)
				}
				d = d[n:]
			}
		default:
			dst = append(dst, chunk...)
			latin = false
		}
	}
	return dst
}

// latinLetters are the Latin letters that Unicode does not decompose
// into a base letter and marks.
var latinLetters = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE",
	'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
	'þ': "th", 'Þ': "TH", 'ł': "l", 'Ł': "L", 'ħ': "h", 'Ħ': "H",
	'ı': "i", 'ŧ': "t", 'Ŧ': "T",
}

// variant returns the American spelling of a British one.
func variant[T string | []byte](t *table, w T) (string, bool) {
	if len(w) == 0 || len(w) > 255 {
		return "", false
	}
	h := uint64(14695981039346656037) // FNV-1a, as internal/wordnet.FNV1a
	for i := range len(w) {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	for _, b := range [2]uint64{h & t.bloomMu, h >> 32 & t.bloomMu} {
		if t.bloom[b/8]&(1<<(b%8)) == 0 {
			return "", false
		}
	}
	lo, hi := 0, t.nv
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compare(t.britishAt(m), w) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.nv && compare(t.britishAt(lo), w) == 0 {
		v := t.vars[off(t.varOff, lo):]
		v = v[1+int(v[0]):]
		return v[1 : 1+int(v[0])], true
	}
	return "", false
}

func (t *table) britishAt(i int) string {
	v := t.vars[off(t.varOff, i):]
	return v[1 : 1+int(v[0])]
}

// compare compares a string with a word given as a string or bytes,
// without converting either.
func compare[T string | []byte](a string, b T) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
