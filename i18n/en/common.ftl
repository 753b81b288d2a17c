### Words and phrases shared by many messages, and the failures of error.rs

n-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
n-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
error-not-found = no register found in { $path } or any folder above it (a register is a folder with dvk.toml)
    hint: create one with `dvk init`, or name one with `-C DIR` or DVK_REGISTER
error-not-a-register = { $path } is not a register: it has no dvk.toml
    hint: create one with `dvk init { $path }`
error-io = cannot { $action } { $path }: { $cause }
error-broken = the register has { $errors ->
        [one] 1 error; run `dvk check` to see it
       *[other] { $errors } errors; run `dvk check` to see them
    }
    { $first }
io-create = create
io-read = read
io-read-folder = read folder
io-write = write
io-write-in = write in
io-open = open
io-copy = copy
io-remove = remove
io-lock = lock
io-run-git-in = run git in
# The system's own words are kept in English.
os-not-found = { $os }
os-permission-denied = { $os }
os-already-exists = { $os }
os-is-a-directory = { $os }
os-not-a-directory = { $os }
os-storage-full = { $os }
os-read-only = { $os }
os-invalid-data = { $os }
os-address-in-use = { $os }
os-address-not-available = { $os }
