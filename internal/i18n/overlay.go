package i18n

import (
	"io/fs"
	"testing/fstest"
)

// With is f with one more language: its message file (tag.json) and its
// content files (name -> JSON, e.g. "catalog"), laid over f. Tests use it
// for small translations and the pseudo-language; nothing shipped does.
func (f Files) With(tag string, messages []byte, content map[string][]byte) Files {
	m := overlay{base: f.Messages, extra: fstest.MapFS{}}
	if messages != nil {
		m.extra[tag+".json"] = &fstest.MapFile{Data: messages}
	}
	c := overlay{base: f.Content, extra: fstest.MapFS{}}
	for name, data := range content {
		c.extra[tag+"/"+name+".json"] = &fstest.MapFile{Data: data}
	}
	return Files{Messages: m, Content: c}
}

// overlay serves extra's files and falls back to base.
type overlay struct {
	base  fs.FS
	extra fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.extra[name]; ok {
		return o.extra.Open(name)
	}
	return o.base.Open(name)
}
