"""Indonesian templates (Indonesia victims; overseas-job recruiters)."""

SCAM = {
    "romance": {
        "exit": ["Kamu tidak percaya aku? Aku sangat kecewa."],
        "escalation": ["Bea cukai minta tambahan pajak {amount}, ini yang terakhir sayang."],
        "contact": [
            "Halo, saya {name}, dokter yang bertugas di luar negeri. Boleh kenalan?",
            "Maaf salah kirim, tapi boleh kenalan?",
        ],
        "platform_switch": ["Ngobrol di WhatsApp saja ya {contact}"],
        "grooming": ["Sayang, aku selalu memikirkan masa depan kita."],
        "pitch": [
            "Paket hadiah untukmu tertahan di bea cukai, harus bayar biaya bea cukai {amount}."
        ],
        "first_payment": ["Transfer ke rekening ini ya: {account}"],
    },
    "investment.pig_butchering": {
        "exit": ["Kalau tidak bayar pajak, uang kita hilang semua. Kenapa kamu tidak percaya?"],
        "contact": [
            "Maaf, salah kirim.",
            "Halo, ini Pak Budi?",
            "Salam kenal, aku {name}, trader kripto di Singapura",
        ],
        "platform_switch": ["Lanjut di WhatsApp ya {contact}", "Add Telegram aku: {contact}"],
        "grooming": [
            "Hari ini aku main golf, kamu lagi apa?",
            "Hari ini profit lagi, mentor aku jago banget.",
            "Keuntungan pasti, tanpa risiko.",
        ],
        "pitch": [
            "Platformnya {brand}, daftar di sini {url}",
            "Profit harian {pct}%, coba deposit {small} dulu.",
            "Download aplikasinya di {url}",
        ],
        "first_payment": [
            "Beli USDT lalu kirim ke alamat deposit: {wallet}",
            "Transfer ke rekening perusahaan: {account}",
        ],
        "test_withdrawal": ["Lihat kan, penarikan {small} berhasil. Sekarang deposit lebih besar."],
        "escalation": ["Grup VIP harus top up {amount} hari ini juga."],
        "withdrawal_block": [
            "Penarikan dana harus bayar pajak {amount} dulu.",
            "Akun dibekukan untuk verifikasi, bayar biaya {amount}.",
        ],
    },
    "investment.group_teacher": {
        "escalation": ["Upgrade ke grup VIP harus deposit {amount}, batas hari ini."],
        "grooming": ["Berkat mentor minggu ini profit {amount}! Terima kasih🙏"],
        "contact": ["Gabung grup VIP saham gratis, mentor profesional: {url}"],
        "platform_switch": ["Hubungi asisten mentor di WhatsApp {contact}"],
        "pitch": ["Investasi lewat aplikasi kami {url}, keuntungan pasti."],
        "first_payment": ["Transfer ke rekening: {account}"],
        "withdrawal_block": ["Penarikan harus bayar biaya {amount}."],
    },
    "gambling": {
        "test_withdrawal": ["WD {small} berhasil. Main lagi biar naik VIP!"],
        "pitch": ["Deposit {small} hari ini dapat bonus {amount}!"],
        "platform_switch": ["Untuk deposit hubungi CS Telegram {contact}"],
        "contact": [
            "[{brand}] Bonus deposit 100%, WD cepat! {url}",
            "Slot gacor hari ini, daftar pakai kode aku {url}",
        ],
        "first_payment": ["Deposit ke {account} atau scan QRIS"],
        "withdrawal_block": ["Untuk WD harus bayar biaya verifikasi {amount}."],
    },
    "job.task": {
        "escalation": ["Misi tim gagal, semua tidak dapat gaji. Tolong top up {amount} lagi."],
        "grooming": ["Misi pertama selesai, komisi {small} sudah ditransfer."],
        "contact": [
            "Kerja paruh waktu dari rumah! Like dan subscribe YouTube, komisi {small} per tugas, tanpa pengalaman.",
            "Lowongan kerja freelance {company}, gaji harian, minat balas YA",
        ],
        "platform_switch": [
            "Hubungi mentor di Telegram {contact}",
            "Chat WhatsApp admin {contact}",
        ],
        "pitch": [
            "Untuk misi berikutnya harus top up {amount}.",
            "Kamu dapat tugas kombo, deposit {amount} untuk menyelesaikan.",
        ],
        "first_payment": ["Top up ke rekening {account}", "Kirim USDT ke {wallet}"],
        "withdrawal_block": ["Saldo minus, deposit {amount} dulu baru bisa tarik."],
    },
    "job.mule": {
        "first_payment": [
            "Uang yang masuk langsung tarik tunai dan serahkan ke kurir kami, kamu dapat 10%."
        ],
        "contact": [
            "Dicari: sewa rekening, bayaran {amount} per minggu, aman.",
            "Kerja jadi agen pembayaran, komisi 10%.",
        ],
        "pitch": ["Kirim foto KTP dan buku tabungan ke {contact}."],
    },
    "impersonation.authority": {
        "contact": [
            "Kami dari {agency}. Rekening Anda terkait kasus pencucian uang, nomor kasus {case}. Ada surat penangkapan.",
            "Paket ilegal atas nama Anda ditahan. Hubungi {phone} segera.",
        ],
        "platform_switch": [
            "Video call dengan penyidik di WhatsApp {contact}, jangan tutup telepon."
        ],
        "grooming": ["Ini rahasia, jangan beri tahu siapa pun."],
        "pitch": ["Transfer ke rekening penampungan untuk verifikasi dana."],
        "first_payment": ["Rekening penampungan: {account}, transfer {amount} hari ini juga."],
        "escalation": ["Ditemukan rekening lain, transfer lagi {amount}."],
    },
    "impersonation.family": {
        "escalation": ["Makasih Ma, tapi masih kurang {amount} lagi."],
        "contact": ["Ma, ini aku, nomor baru. {phone}"],
        "pitch": ["Ma tolong transfer {amount} sekarang, penting banget."],
        "first_payment": ["Ke rekening ini ya: {account}"],
    },
    "phishing": {
        "first_payment": ["Install aplikasi keamanan: {url}"],
        "contact": [
            "[J&T] Paket Anda gagal dikirim, perbarui alamat: {url}",
            "Undangan pernikahan kami, silakan unduh file APK: {url}",
            "[{bank}] Rekening Anda akan diblokir, verifikasi di {url}",
        ],
        "pitch": ["Kirim kode OTP untuk verifikasi."],
    },
    "tech_support": {
        "first_payment": ["Beli voucher Google Play {amount} lalu sebutkan kodenya."],
        "contact": ["Peringatan! Komputer Anda terkena virus. Hubungi {phone}."],
        "pitch": ["Install aplikasi remote dan sebutkan kodenya.", "Biaya layanan {amount}."],
    },
    "advance_fee": {
        "withdrawal_block": [
            "Dana pinjaman dibekukan karena nomor rekening salah, bayar {amount} untuk membuka."
        ],
        "contact": [
            "Pinjaman online cair cepat tanpa BI checking sampai {amount}. Hubungi {contact}"
        ],
        "pitch": ["Bayar biaya administrasi {small} sebelum pencairan."],
        "first_payment": ["Transfer biaya ke {account}"],
    },
    "extortion.sextortion": {
        "escalation": ["Sudah diterima. Kirim {amount} lagi atau aku sebar ke sekolahmu."],
        "first_payment": ["Kirim ke dompet ini: {wallet}. Jangan macam-macam."],
        "contact": ["Mau video call? 😘 {contact}"],
        "pitch": [
            "Aku punya videomu. Transfer {amount} dalam 1 jam atau aku sebar ke teman-temanmu."
        ],
    },
    "impersonation.bank": {
        "contact": [
            "Kami dari {bank}, ada transaksi mencurigakan {amount} di rekening Anda. Hubungi {phone}."
        ],
        "pitch": [
            "Dana Anda harus dipindahkan ke rekening aman dulu.",
            "Sebutkan kode OTP yang baru Anda terima.",
        ],
        "first_payment": ["Rekening aman: {account}. Jangan bilang ke teller."],
    },
    "impersonation.service": {
        "contact": [
            "CS {company}: pesanan Anda terpotong dua kali, kami refund {amount}.",
            "Tarif transfer bank berubah jadi Rp150.000/bulan. Jika tidak setuju isi formulir {url}",
        ],
        "pitch": ["Unduh aplikasi refund di {url} lalu bagikan layar."],
        "first_payment": ["Refund kelebihan, mohon kembalikan selisihnya ke {account}."],
    },
    "investment.recovery": {
        "contact": [
            "Jasa pengembalian dana korban investasi bodong, hubungi pengacara kami {email}"
        ],
        "platform_switch": ["Chat pengacara di WhatsApp {contact}"],
        "pitch": ["Harus bayar biaya proses {amount} sebelum dana dikembalikan."],
        "first_payment": ["Bayar biaya dengan USDT ke {wallet}"],
    },
}

NARRATIVE = {
    "intro": [
        "Pada {date} saya dihubungi orang tidak dikenal lewat {channel}.",
        "Sekitar {date} saya mendapat pesan di {channel}.",
    ],
    "close": [
        "Saya sadar ini penipuan dan ingin melapor.",
        "Mohon bantuannya.",
        "Setelah itu saya diblokir.",
    ],
    "paid": [
        "Saya transfer {amount} ke {account}.",
        "Saya kirim {amount} dalam USDT ke {wallet}.",
        "Total kerugian {amount}.",
    ],
    "contact": ["Nomor pelaku {phone}.", "Kontak pelaku: {contact}.", "Situsnya {url}."],
    "lost_contact": ["Setelah itu tidak bisa dihubungi lagi."],
    "romance": ["Kami chat setiap hari, lalu dia minta uang untuk biaya bea cukai. Ini love scam."],
    "investment.pig_butchering": [
        "Saya diajak investasi kripto, ada profit tapi tidak bisa ditarik, harus bayar pajak. Investasi bodong."
    ],
    "investment.group_teacher": [
        "Saya masuk grup saham, mentor menyuruh deposit di aplikasi, lalu tidak bisa ditarik."
    ],
    "gambling": ["Saya main judi online, menang tapi tidak bisa WD."],
    "job.task": ["Saya kerja like dan subscribe, awalnya dapat komisi lalu disuruh top up."],
    "job.mule": ["Saya diminta menyewakan rekening."],
    "impersonation.authority": [
        "Orang mengaku polisi bilang rekening saya terkait pencucian uang dan saya harus transfer."
    ],
    "impersonation.family": ["Ada yang mengaku anak saya minta transfer."],
    "phishing": ["Saya membuka file APK undangan dan saldo rekening hilang."],
    "tech_support": ["Komputer saya muncul peringatan virus lalu dikendalikan dari jauh."],
    "advance_fee": ["Saya ajukan pinjol, bayar biaya admin tapi dana tidak cair."],
    "impersonation.bank": [
        "Orang yang mengaku petugas bank menyuruh saya memindahkan dana ke rekening aman."
    ],
    "impersonation.service": [
        "Orang yang mengaku CS e-commerce bilang akan refund dan menyuruh saya install aplikasi."
    ],
    "investment.recovery": [
        "Setelah tertipu, ada yang menjanjikan dana kembali tapi minta biaya dulu."
    ],
    "extortion.sextortion": ["Saya diancam video pribadi disebar."],
}

NEGATIVE = {
    "bank": [
        "{bank}: Transfer Rp 250.000 ke BUDI berhasil.",
        "{bank}: Jangan berikan kode OTP kepada siapa pun, termasuk petugas bank.",
    ],
    "delivery": ["J&T: Paket Anda sedang diantar kurir hari ini.", "Pesanan Anda telah dikirim."],
    "family": ["Ma, aku pulang telat ya", "Minggu ke rumah nenek yuk", "Selamat ulang tahun! 🎂"],
    "marketing": ["Promo gajian diskon 50%!"],
    "otp": ["Kode OTP Anda {otp}. JANGAN berikan kode ini kepada siapa pun."],
    "work": ["Rapat besok jam 10 ya."],
    "warning": [
        "Polisi tidak meminta transfer ke rekening penampungan. Laporkan penipuan ke {hotline}."
    ],
}

JOB_LURE = [
    "Bro, ada kerjaan admin di {place}, gaji {salary} USD, tiket dan visa ditanggung, cukup bawa paspor. Telegram {contact}",
    "Lowongan operator chat luar negeri, bisa bahasa Inggris, berangkat pakai visa turis, dijemput di bandara. {contact}",
    "Lowongan customer service di Kamboja, gaji tinggi {salary} USD, tiket pesawat gratis, tanpa pengalaman. Hubungi {contact}",
    "Dicari admin online di {place}, mess dan makan gratis, berangkat minggu ini. WA {contact}",
]

JOB_OK = [
    "Lowongan staf admin di Jakarta Selatan, gaji UMR, BPJS.",
    "Dicari barista paruh waktu di Bandung, kirim CV ke toko kami.",
]

WORDS = {
    "name": ["Ayu", "Rina", "Budi", "Dewi", "Kevin"],
    "vname": ["Budi", "Sari"],
    "agency": ["Bareskrim Polri", "Polda Metro Jaya", "OJK", "Kejaksaan Agung"],
    "officer": ["Pak Hendra", "Pak Agus"],
    "carrier": ["J&T", "JNE", "SiCepat"],
    "bank": ["BCA", "Mandiri", "BRI", "BNI"],
    "company": ["Tokopedia", "Shopee", "TikTok"],
    "channel": ["WhatsApp", "Facebook", "Instagram", "SMS", "telepon", "TikTok"],
}
