// Package notifytest runs a real SMTP server for tests: aiosmtpd (Debian
// python3-aiosmtpd) writing each delivered mail to a Maildir.
package notifytest

import (
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// SMTPServer is a running aiosmtpd.
type SMTPServer struct {
	Port int
	Dir  string
}

// StartSMTP starts aiosmtpd (Debian python3-aiosmtpd) on a free loopback
// port, stopped when the test ends.
func StartSMTP(t testing.TB) *SMTPServer {
	t.Helper()
	python := aiosmtpdPython(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()

	s := &SMTPServer{Port: port, Dir: filepath.Join(t.TempDir(), "maildir")}
	cmd := exec.Command(python, "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:"+strconv.Itoa(port),
		"-c", "aiosmtpd.handlers.Mailbox", s.Dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start aiosmtpd: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})

	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err == nil {
			c.Close()
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("aiosmtpd did not start: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// aiosmtpdPython finds a python3 that has aiosmtpd.
func aiosmtpdPython(t testing.TB) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import aiosmtpd").Run() == nil {
			return p
		}
	}
	t.Skip("no python3 with aiosmtpd (Debian python3-aiosmtpd)")
	return ""
}

// Received is one delivered mail, decoded.
type Received struct {
	To      string
	Subject string
	Body    string
}

// WaitMail waits for the n-th mail in the Maildir.
func (s *SMTPServer) WaitMail(t testing.TB, n int) Received {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(s.Dir, "new", "*"))
		if len(files) >= n {
			return readMail(t, files, n)
		}
		if time.Now().After(deadline) {
			t.Fatalf("want %d mails, found %d", n, len(files))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func readMail(t testing.TB, files []string, n int) Received {
	t.Helper()
	// Maildir names start with the delivery time, so they sort in order.
	for i := range files {
		for j := i + 1; j < len(files); j++ {
			if files[j] < files[i] {
				files[i], files[j] = files[j], files[i]
			}
		}
	}
	f, err := os.Open(files[n-1])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	msg, err := mail.ReadMessage(f)
	if err != nil {
		t.Fatalf("parse mail: %v", err)
	}
	var body io.Reader = msg.Body
	if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	text, _ := io.ReadAll(body)
	subject, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	return Received{To: msg.Header.Get("To"), Subject: subject, Body: string(text)}
}
