package negotiation

import "testing"

func busyDoc() Document {
	d := fullDoc()
	for i := range 40 {
		d.Scene.Activities = append(d.Scene.Activities, CustomActivity("activity "+string(rune('a'+i%26))+string(rune('a'+i/26)), StatusYes))
		d.Participants[i%2].Limits.Hard = append(d.Participants[i%2].Limits.Hard, LimitItem{Text: "limit " + string(rune('a'+i%26))})
		d.Participants[i%2].Limits.Soft = append(d.Participants[i%2].Limits.Soft, LimitItem{Text: "soft " + string(rune('a'+i%26))})
	}
	return d
}

func BenchmarkReview(b *testing.B) {
	d, f := busyDoc(), goodFacts()
	for b.Loop() {
		Review(d, f)
	}
}

func BenchmarkDiff(b *testing.B) {
	before := busyDoc()
	after := before.Clone()
	after.Scene.Activities = after.Scene.Activities[5:]
	after.Participants[1].Limits.Soft[0].Condition = "later"
	for b.Loop() {
		Diff(before, after, nil)
	}
}
