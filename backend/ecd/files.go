package ecd

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// maxFile bounds one input file.
const maxFile = 512 << 20

// ReadPaths reads FHIR JSON from files and folders (recursively) on the
// file system. XML and other files are left out with a note; a file that
// is not valid FHIR JSON is reported as a failed entry.
func ReadPaths(paths []string) ([]Entry, []string, error) {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", p, err)
		}
	}
	sort.Strings(files)
	return readFiles(files, readOSFile)
}

// ReadFS reads every JSON file in fsys, as ReadPaths does.
func ReadFS(fsys fs.FS) ([]Entry, []string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("walk: %w", err)
	}
	sort.Strings(files)
	return readFiles(files, func(name string) ([]byte, error) {
		return readFSFile(fsys, name)
	})
}

func readFiles(files []string, read func(string) ([]byte, error)) ([]Entry, []string, error) {
	var entries []Entry
	var notes []string
	for _, f := range files {
		switch strings.ToLower(filepath.Ext(f)) {
		case ".json":
		case ".xml":
			notes = append(notes, f+": FHIR XML is not read; convert it to JSON")
			continue
		default:
			continue
		}
		data, err := read(f)
		if err != nil {
			entries = append(entries, Entry{Source: f, Err: err})
			continue
		}
		got, err := Decode(data, f)
		switch {
		case err == ErrNotFHIR:
			notes = append(notes, f+": "+err.Error()+", left out")
		case err != nil:
			entries = append(entries, Entry{Source: f, Err: err})
		default:
			entries = append(entries, got...)
		}
	}
	return entries, notes, nil
}

func readOSFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	if info.Size() > maxFile {
		return nil, fmt.Errorf("file larger than %d MB", maxFile>>20)
	}
	return os.ReadFile(name)
}

func readFSFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	if info.Size() > maxFile {
		return nil, fmt.Errorf("file larger than %d MB", maxFile>>20)
	}
	return fs.ReadFile(fsys, name)
}
