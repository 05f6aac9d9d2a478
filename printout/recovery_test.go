package printout

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestPageSizeFor(t *testing.T) {
	cases := map[string]PageSize{
		"en-GB": A4, "en_GB.UTF-8": A4, "de-DE": A4, "fr": A4, "": A4,
		"en-US": Letter, "en_US.UTF-8": Letter, "fr-CA": Letter, "es-MX": Letter,
	}
	for in, want := range cases {
		if got := PageSizeFor(in); got != want {
			t.Errorf("PageSizeFor(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestRecoveryPageHoldsTheCodeOnOnePage(t *testing.T) {
	code := "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-S"
	hex := strings.Repeat("0123456789abcdef", 4)
	when := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	for _, size := range []PageSize{A4, Letter} {
		pdf, err := RecoveryPage(code, hex, when, size)
		if err != nil {
			t.Fatal(err)
		}
		text, pages, w, h := readPDF(t, pdf)
		if pages != 1 {
			t.Errorf("%s: %d pages, want 1", size, pages)
		}
		wantW, wantH := 595.0, 842.0
		if size == Letter {
			wantW, wantH = 612, 792
		}
		if w != wantW || h != wantH {
			t.Errorf("%s: page is %.0f x %.0f pt, want %.0f x %.0f", size, w, h, wantW, wantH)
		}
		flat := squash(text)
		bare := strings.NewReplacer(" ", "", "-", "", "\n", "").Replace(text)
		if !strings.Contains(bare, strings.ReplaceAll(code, "-", "")) {
			t.Errorf("%s: the page does not show the whole code in order:\n%s", size, text)
		}
		for _, want := range []string{"x'" + hex + "'", "22 November 2026", "cipher_page_size = 4096"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the page does not show %q:\n%s", size, want, text)
			}
		}
	}
}

func TestRecoveryPageIsReproducible(t *testing.T) {
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	a, err := RecoveryPage("CODE", "00", when, A4)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := RecoveryPage("CODE", "00", when, A4)
	if !bytes.Equal(a, b) {
		t.Error("the same input gave two different PDFs")
	}
}
