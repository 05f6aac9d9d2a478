package persistence

import (
	"errors"
	"reflect"
	"testing"
)

// TestEveryMethodRefusesWhenClosed calls every exported method of Vault,
// on a vault that was closed (a lock) and on a nil *Vault (a screen that
// outlived the lock), with zero arguments (pointers to zero values): none
// may panic, and each one that can fail says the vault is locked.
func TestEveryMethodRefusesWhenClosed(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	closed, _ := mustCreate(t, s, ModeKeyring, "pass")
	if err := closed.Close(); err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]*Vault{"closed": closed, "nil": nil} {
		typ := reflect.TypeOf(v)
		for i := 0; i < typ.NumMethod(); i++ {
			m := typ.Method(i)
			t.Run(name+"/"+m.Name, func(t *testing.T) {
				outs := callZero(t, reflect.ValueOf(v), m)
				if m.Name == "Close" || m.Name == "ID" || m.Name == "Mode" || m.Name == "HasPassphrase" || m.Name == "KeyringNote" {
					return
				}
				if m.Name == "RecoveryCode" && outs[0].String() != "" {
					t.Fatal("a closed vault still gives its recovery code")
				}
				last := outs[len(outs)-1]
				if last.Type() != reflect.TypeFor[error]() {
					return
				}
				err, _ := last.Interface().(error)
				if !errors.Is(err, ErrClosed) {
					t.Fatalf("%s on a %s vault: %v, want ErrClosed", m.Name, name, err)
				}
			})
		}
	}
}

// callZero calls m on recv with zero arguments and fails the test on a panic.
func callZero(t *testing.T, recv reflect.Value, m reflect.Method) (outs []reflect.Value) {
	t.Helper()
	args := []reflect.Value{recv}
	for j := 1; j < m.Type.NumIn(); j++ {
		in := m.Type.In(j)
		if in.Kind() == reflect.Pointer {
			args = append(args, reflect.New(in.Elem()))
		} else {
			args = append(args, reflect.Zero(in))
		}
	}
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s panicked: %v", m.Name, p)
		}
	}()
	return m.Func.Call(args)
}
