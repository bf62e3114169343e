package config

import (
	"os"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestExample keeps example.yaml and Config from drifting apart: the
// example parses, and it sets and comments on every key of Config.
func TestExample(t *testing.T) {
	data, err := os.ReadFile("example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(data, "example.yaml", env(nil)); err != nil {
		t.Fatalf("Parse(example.yaml) = %v, want no error", err)
	}

	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	commented := make(map[string]bool) // key path -> has a comment
	exampleKeys(doc.Content[0], "", commented)
	for _, key := range configKeys(reflect.TypeFor[Config](), "") {
		has, ok := commented[key]
		switch {
		case !ok:
			t.Errorf("example.yaml lacks %s", key)
		case !has:
			t.Errorf("example.yaml has no comment on %s", key)
		}
	}
}

// configKeys returns the key paths of the struct type t, under path.
func configKeys(t reflect.Type, path string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		name := yamlName(f)
		if name == "" {
			continue
		}
		key := joinKey(path, name)
		keys = append(keys, key)
		if f.Type.Kind() == reflect.Struct {
			keys = append(keys, configKeys(f.Type, key)...)
		}
	}
	return keys
}

// exampleKeys records the key paths in the mapping n, under path, and
// whether a comment is written above or beside each.
func exampleKeys(n *yaml.Node, path string, commented map[string]bool) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := joinKey(path, k.Value)
		commented[key] = k.HeadComment != "" || k.LineComment != "" || v.LineComment != ""
		exampleKeys(v, key, commented)
	}
}
