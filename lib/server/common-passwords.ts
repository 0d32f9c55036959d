// Passwords of 8+ characters that top the public lists of leaked passwords (the NCSC's
// "PwnedPasswordsTop100k" and SecLists' 10k-most-common), plus a few this site invites. NIST SP
// 800-63B §5.1.1.2 asks that new passwords be checked against such a list. Compared lower-cased.
const LIST = `
password 12345678 123456789 1234567890 0123456789 0987654321 987654321 87654321 11111111
00000000 88888888 66666666 77777777 99999999 22222222 55555555 12341234 11223344 12121212
123123123 123456789a 1234qwer qwer1234 qwertyui qwertyuiop qwerty123 qwerty12 1q2w3e4r
1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx q1w2e3r4 q1w2e3r4t5 a1b2c3d4 abc12345 abcd1234
abcdefgh asdfghjk asdfghjkl asdf1234 zxcvbnm1 zxcvbnm123 aaaaaaaa password1 password12
password123 password! passw0rd p@ssw0rd p@ssword pa55word letmein1 letmein123 welcome1
welcome123 iloveyou iloveyou1 iloveyou2 sunshine sunshine1 princess princess1 football
football1 baseball baseball1 basketball superman batman123 starwars whatever trustno1
dragon12 master12 michael1 jennifer jordan23 computer internet samsung1 charlie1 shadow12
monkey12 freedom1 liverpool chelsea1 arsenal1 mustang1 corvette ferrari1 mercedes
changeme changeme1 default1 admin123 administrator admin1234 root1234 test1234 testtest
test12345 guest123 secret12 secret123 qazwsxedc 1qaz2wsx3edc qweasdzxc asdasdasd
qweqweqwe zxczxczxc 147258369 159753456 741852963 123654789 135792468 147852369
password2 password01 iloveyou! fuckyou1 loveyou1 lovelove michelle jessica1 ashley12
nicole12 daniel12 matthew1 andrew12 joshua12 thomas12 robert12 hunter12 ranger12 killer12
soccer12 hockey12 harley12 tigger12 pepper12 ginger12 maggie12 buster12 cookie12 summer12
winter12 spring12 autumn12 flower12 orange12 banana12 chocolate pokemon1 minecraft
naruto12 a123456789 aa123456 aa12345678 abc123456 abc123abc asd12345 qwe12345 zxc12345
handshake handshake1 handshake123 tcp12345 tcpip123 synacksyn 3wayhandshake
`

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean))

/** True for a password on the common list or one character repeated (aaaaaaaa, 11111111…). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  return COMMON_PASSWORDS.has(lower) || /^(.)\1*$/.test(lower)
}
