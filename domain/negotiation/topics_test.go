package negotiation

import (
	"testing"

	"parleyapp.org/parley/domain/guide"
)

// Every guide topic a finding points to is an article the guide has: a
// renamed article must not leave a finding without its link.
func TestEveryGuideTopicIsAGuideArticle(t *testing.T) {
	g := guide.New()
	for _, topic := range GuideTopics() {
		if _, ok := g.Lookup(string(topic)); !ok {
			t.Errorf("the review points to guide topic %q, which the guide does not have", topic)
		}
	}
	for rule, topic := range guideOf {
		if _, ok := g.Lookup(string(topic)); !ok {
			t.Errorf("rule %s points to guide topic %q, which the guide does not have", rule, topic)
		}
	}
}
