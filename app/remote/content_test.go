package remote

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

func TestPhotoWriteIsByteIdenticalOnRetry(t *testing.T) {
	w := Write{Method: "POST", Path: "/clients/c/posts", Key: "3f2a-key",
		Body: []byte(`{"text":"Op het terras"}`), Photo: []byte("\xff\xd8\xff jpeg"),
		PhotoType: "image/jpeg"}
	first, ct1, err := w.encode()
	if err != nil {
		t.Fatal(err)
	}
	second, ct2, err := w.encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) || ct1 != ct2 {
		t.Fatalf("two encodings of one write differ")
	}
	if !bytes.Contains(first, w.Photo) || !strings.HasPrefix(ct1, "multipart/form-data") {
		t.Fatalf("photo missing from the multipart body")
	}
}

func TestReadEventsPassesChangedSignals(t *testing.T) {
	stream := "event: hello\ndata: {}\n\n" +
		"event: changed\ndata: {\"clientId\":\"c1\"}\n\n" +
		": keep-alive\n\n" +
		"event: changed\ndata: {\"clientId\":\"c2\"}\n\n"
	var got []string
	err := readEvents(bufio.NewScanner(strings.NewReader(stream)), func(id string) {
		got = append(got, id)
	})
	if err == nil {
		t.Errorf("an ended stream is not reported")
	}
	if strings.Join(got, ",") != "c1,c2" {
		t.Fatalf("signals %v, want c1,c2", got)
	}
}
