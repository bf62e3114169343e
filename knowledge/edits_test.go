package knowledge

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing/fstest"
)

// files is a knowledge directory as file names and contents, for tests
// that change it step by step.
type files map[string]string

func (f files) fs() fstest.MapFS {
	m := fstest.MapFS{}
	for name, data := range f {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

// editVocab is what edited briefings are written in: everyday words that
// repeat, names, words written both as one and as two, spelling
// variants, and names with the initials they go by.
var editVocab = strings.Fields(`maritime security coast guard patrol vessel port harbor harbour
	training exercise joint naval air base airbase runway hangar fuel logistics
	supply chain disaster relief typhoon flood tsunami warning buoy radio
	health clinic vaccine hospital water sanitation school teacher grant
	defense defence loan budget trade customs border police court justice cyber
	network energy solar grid wind mining nickel fisheries reef mangrove
	counternarcotics seawall peacebuilding clean up cleanup narcotics
	Kenya Tonga Fiji Palau Luzon Lal-lo Subic MDA EEZ LNOs`)

// editNames are long forms and their initials, defined in text.
var editNames = []string{
	"Maritime Domain Awareness (MDA)", "Exclusive Economic Zone (EEZ)",
	"liaison officers (LNOs)", "Foreign Military Financing", "Coast Guard Service",
}

// genDoc writes a random briefing: plain or Markdown, public or internal,
// with paragraphs, bullets, tables and definitions.
func genDoc(r *rand.Rand, name string) string {
	words := func(min, max int) string {
		n := min + r.IntN(max-min+1)
		w := make([]string, n)
		for i := range w {
			u := r.Float64()
			w[i] = editVocab[int(u*u*float64(len(editVocab)))]
			if r.IntN(30) == 0 {
				w[i] = editNames[r.IntN(len(editNames))]
			}
		}
		return strings.Join(w, " ")
	}
	title := func(min, max int) string {
		f := strings.Fields(words(min, max))
		for i, w := range f {
			f[i] = strings.ToUpper(w[:1]) + w[1:]
		}
		return strings.Join(f, " ")
	}
	var b strings.Builder
	md := strings.HasSuffix(name, ".md")
	if md || r.IntN(4) == 0 {
		b.WriteString("---\n")
		fmt.Fprintf(&b, "title: %s\n", title(2, 4))
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "tags: [%s, %s]\n", words(1, 1), words(1, 2))
		}
		if r.IntN(4) == 0 {
			b.WriteString("audience: internal\n")
		}
		b.WriteString("---\n")
	}
	for range 1 + r.IntN(4) {
		head := title(1, 4)
		if md {
			head = "## " + head
		}
		fmt.Fprintf(&b, "%s\n", head)
		if r.IntN(3) > 0 {
			fmt.Fprintf(&b, "%s.\n", strings.ToUpper(words(5, 15)[:1])+words(5, 15)[1:])
		}
		for range r.IntN(5) {
			if md {
				fmt.Fprintf(&b, "* **%s**: %s.\n", title(1, 3), words(3, 12))
			} else {
				fmt.Fprintf(&b, "- %s: %s.\n", title(1, 3), words(3, 12))
			}
		}
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "\n%s | %s |\n---|---|\n", title(1, 2), title(1, 2))
			for range 1 + r.IntN(3) {
				fmt.Fprintf(&b, "%s | %s. |\n", title(1, 2), words(3, 8))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// genFiles writes n random briefings.
func genFiles(r *rand.Rand, n int) files {
	f := files{}
	for range n {
		name := genName(r, f)
		f[name] = genDoc(r, name)
	}
	return f
}

// genName picks a new file name, sometimes in a subdirectory.
func genName(r *rand.Rand, f files) string {
	for {
		ext := []string{".txt", ".md", ".markdown"}[r.IntN(3)]
		name := fmt.Sprintf("doc-%03d%s", r.IntN(1000), ext)
		if r.IntN(4) == 0 {
			name = fmt.Sprintf("sub%d/%s", r.IntN(3), name)
		}
		if _, ok := f[name]; !ok {
			return name
		}
	}
}

// edit returns a copy of f with one random change, and says what it was:
// a document added, removed or edited in one of the ways curators edit
// (a line changed, removed or repeated, the audience switched), a file
// broken, or the synonyms changed.
func edit(r *rand.Rand, f files) (files, string) {
	out := maps.Clone(f)
	names := slices.Sorted(maps.Keys(f))
	names = slices.DeleteFunc(names, func(n string) bool { return n == SynonymsFile })
	pick := func() string { return names[r.IntN(len(names))] }
	switch k := r.IntN(12); {
	case k == 0 || len(names) < 3:
		name := genName(r, f)
		out[name] = genDoc(r, name)
		return out, "add " + name
	case k == 1:
		name := pick()
		delete(out, name)
		return out, "remove " + name
	case k == 2:
		syn := []string{"pirates, piracy => coast guard", "army drills, military exercises",
			"cash => grant, loan", "narcotics => counternarcotics", "boats, vessel"}
		var rules []string
		for _, s := range syn {
			if r.IntN(2) == 0 {
				rules = append(rules, s)
			}
		}
		out[SynonymsFile] = strings.Join(rules, "\n") + "\n"
		return out, "synonyms"
	case k == 3:
		name := pick()
		out[name] = "\x00binary"
		return out, "break " + name
	case k == 4:
		name := pick()
		data := out[name]
		if strings.Contains(data, "audience: internal") {
			data = strings.Replace(data, "audience: internal\n", "", 1)
		} else if strings.HasPrefix(data, "---\n") {
			data = "---\naudience: internal\n" + data[4:]
		} else {
			data = "---\naudience: internal\n---\n" + data
		}
		out[name] = data
		return out, "audience " + name
	case k == 5:
		name := pick()
		out[name] = genDoc(r, name) // rewritten whole
		return out, "rewrite " + name
	}
	name := pick()
	lines := strings.Split(out[name], "\n")
	i := r.IntN(len(lines))
	switch r.IntN(4) {
	case 0:
		lines = slices.Delete(lines, i, i+1)
	case 1:
		lines = slices.Insert(lines, i, lines[i])
	case 2:
		lines = slices.Insert(lines, i, "- "+strings.ToUpper(editVocab[r.IntN(len(editVocab))][:1])+"x: "+genDoc(r, "x.txt")[:20])
	default:
		f := strings.Fields(lines[i])
		if len(f) > 0 {
			f[r.IntN(len(f))] = editVocab[r.IntN(len(editVocab))]
		}
		lines[i] = strings.Join(f, " ")
	}
	out[name] = strings.Join(lines, "\n")
	return out, "edit " + name
}
