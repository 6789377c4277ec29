print("orca")
